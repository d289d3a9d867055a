// Generated from the rule units by `scripts/generate.sh`: do not edit by hand.

import RecitModel

/// Every rule unit, in the order of ``Rule/allCases``.
enum RuleRegistry {
  static let all: [any RuleUnit.Type] = [
    // Reading files
    InvalidYAML.self,
    UnreadableFile.self,
    WrongType.self,
    UnknownField.self,
    MixedAliases.self,
    InvalidValue.self,
    MissingActionFile.self,
    DuplicateAction.self,
    // Completeness of the actantial schema
    MissingTitle.self,
    MissingSubject.self,
    MissingObject.self,
    MissingSender.self,
    MissingReceiver.self,
    MissingHelper.self,
    MissingOpponent.self,
    // References
    UnknownActor.self,
    UnusedActor.self,
    DuplicateActor.self,
    AmbivalentRole.self,
    // Quest
    InvalidStep.self,
    DuplicateStep.self,
    OrphanStep.self,
    StepGap.self,
    CircularInfluence.self,
    // Référentiel
    UnknownMarker.self,
    InvalidDate.self,
    // Narratives
    MissingNarrator.self,
    SingleNarrative.self,
    EmptyContradiction.self,
    ConflictWithoutArbitration.self,
    ReceiverWithoutBenefit.self,
    NarrowViewpoints.self,
    EmptyNarrative.self,
    ToComplete.self,
    UntoldRoles.self,
    PathologicalMarkdown.self,
    MissingFamily.self,
  ]
}
