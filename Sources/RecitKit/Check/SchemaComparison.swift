import RecitModel

/// Compares schemas by what they say, not where they say it.
enum SchemaComparison {
  static func same(_ a: ActantialSchema, _ b: ActantialSchema) -> Bool {
    Role.allCases.allSatisfy { role in
      role == .object
        ? a.object?.value.trimmingSpaces == b.object?.value.trimmingSpaces
        : Set((a.actors(in: role) ?? []).map(\.id)) == Set((b.actors(in: role) ?? []).map(\.id))
    }
  }
}
