/// What a rule checks, why it matters (which balise of the référentiel or which part of the
/// actantial schema it serves) and how to fix what it reports, in French and English.
///
/// `recit explain RULE` prints these texts; the SARIF output uses them as the rules'
/// descriptions. Each `fix` ends with how to change the rule's severity or turn it off
/// (`regles:` / `rules:` in `recit.yml`, or `recit check --disable RULE`).
public struct RuleExplanation: Sendable {
  public var rule: Rule
  /// One line: what the rule checks.
  public var summary: LocalizedText
  /// Why it matters.
  public var why: LocalizedText
  /// How to fix what it reports.
  public var fix: LocalizedText
  /// A short snippet showing what the rule reports, then the fix: French keys in `fr`,
  /// English aliases in `en`. Nil where a snippet would not help.
  public var example: LocalizedText?

  public static func of(_ rule: Rule) -> RuleExplanation {
    switch rule {

    // MARK: Reading files

    case .yamlInvalide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            L'en-tête d'un récit, recit.yml ou acteurs.yml n'est pas du YAML correct : erreur de \
            syntaxe, en-tête jamais fermé, clé donnée deux fois, ancre ou alias.
            """,
          en: """
            A narrative's front matter, recit.yml or acteurs.yml is not valid YAML: a syntax \
            error, a front matter never closed, a key given twice, an anchor or an alias.
            """),
        why: LocalizedText(
          fr: """
            Tout ce que recit sait d'une action — son schéma actantiel, sa quête, ses acteurs — \
            est rangé dans l'en-tête : s'il ne peut pas être lu, l'action disparaît des \
            vérifications et des documents produits. recit lit le YAML strictement, tel qu'il \
            est écrit, sans rien deviner. Il refuse les ancres et les alias (`&nom`, `*nom`), \
            parce que quelques lignes suffisent à fabriquer un fichier qui en cache des \
            millions (une « bombe d'alias »), et il refuse une clé répétée, parce qu'on ne \
            saurait pas laquelle des deux valeurs croire.
            """,
          en: """
            Everything recit knows about an action — its actantial schema, its quest, its \
            actors — lives in the front matter: if it cannot be read, the action drops out of \
            the checks and of the documents produced. recit reads YAML strictly, as written, \
            guessing nothing. It refuses anchors and aliases (`&name`, `*name`), because a few \
            lines are enough to build a file that hides millions (an “alias bomb”), and it \
            refuses a repeated key, because there would be no telling which value to believe.
            """),
        fix: LocalizedText(
          fr: """
            Allez à la ligne et à la colonne indiquées. Causes les plus fréquentes : un texte \
            qui contient « : » ou « # » sans guillemets (écrivez `titre: "Acte 2 : le \
            marché"`), une invite `[[...]]` sans guillemets, une indentation décalée sous \
            `schema:` ou `quete:`, la ligne `---` de fermeture oubliée. Remplacez une ancre ou \
            un alias par le texte recopié en entier ; supprimez ou fusionnez une clé en double \
            (seule la première est lue). Désactiver la règle (`regles: { yaml-invalide: \
            desactivee }` dans recit.yml, ou `recit check --disable yaml-invalide`) ne ferait \
            que taire le message : l'en-tête resterait illisible.
            """,
          en: """
            Go to the line and column shown. The usual causes: a text containing “: ” or “ #” \
            without quotes (write `title: "Act 2: the market"`), a `[[...]]` prompt without \
            quotes, a misaligned indentation under `schema:` or `quest:`, a forgotten closing \
            `---` line. Replace an anchor or alias with the text written out in full; remove \
            or merge a repeated key (only the first one is read). Turning the rule off \
            (`rules: { yaml-invalide: off }` in recit.yml, or `recit check --disable \
            yaml-invalide`) would only hide the message: the front matter would stay unreadable.
            """),
        example: LocalizedText(
          fr: """
            # signalé : « : » au milieu d'un texte sans guillemets
            titre: Acte 2 : le marché
            # corrigé
            titre: "Acte 2 : le marché"
            """,
          en: """
            # reported: “: ” inside a text without quotes
            title: Act 2: the market
            # fixed
            title: "Act 2: the market"
            """))

    case .fichierIllisible:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un fichier ne peut pas être lu : il n'est pas en UTF-8, il est inaccessible, ou il \
            dépasse la taille permise (8 Mio par fichier, 256 Kio pour un en-tête).
            """,
          en: """
            A file cannot be read: it is not UTF-8, it cannot be opened, or it is larger than \
            allowed (8 MiB per file, 256 KiB for a front matter).
            """),
        why: LocalizedText(
          fr: """
            Pour raconter une action, recit doit lire chaque récit en entier, accents compris : \
            un fichier enregistré dans un autre codage ferait apparaître des caractères faux \
            dans les noms des acteurs et dans les paroles rapportées. Les limites de taille \
            évitent qu'un fichier démesuré, souvent copié là par erreur, ne bloque la \
            vérification de tout le projet. Le fichier en cause est mis de côté ; le reste du \
            projet est lu normalement.
            """,
          en: """
            To tell an action, recit must read each narrative in full, accents included: a \
            file saved in another encoding would garble the actors' names and the words \
            people are quoted saying. The size limits keep an oversized file, often copied \
            there by mistake, from stalling the check of the whole project. The file at fault \
            is set aside; the rest of the project is read as usual.
            """),
        fix: LocalizedText(
          fr: """
            Si le fichier n'est pas en UTF-8, enregistrez-le dans ce codage : dans LibreOffice \
            ou Word, « Enregistrer sous », format texte, codage UTF-8 ; dans le Bloc-notes, \
            choisissez UTF-8 dans la liste « Codage ». S'il est trop gros, découpez-le : un \
            récit par fichier, et les images en lien plutôt que collées dans le texte. S'il ne \
            peut pas être ouvert, vérifiez qu'il existe toujours et que vous avez le droit de \
            le lire. Désactiver la règle (`regles: { fichier-illisible: desactivee }` dans \
            recit.yml, ou `--disable fichier-illisible`) ne rendrait pas le fichier lisible : il \
            serait simplement ignoré sans que vous le sachiez.
            """,
          en: """
            If the file is not UTF-8, save it in that encoding: in LibreOffice or Word, “Save \
            as”, plain text, UTF-8 encoding; in Notepad, pick UTF-8 in the “Encoding” list. If \
            it is too large, split it: one narrative per file, and images linked rather than \
            pasted into the text. If it cannot be opened, check that it still exists and that \
            you may read it. Turning the rule off (`rules: { fichier-illisible: off }` in \
            recit.yml, or `--disable fichier-illisible`) would not make the file readable: it \
            would just be skipped without you knowing.
            """),
        example: nil)

    case .typeInvalide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une clé reçoit une valeur de la mauvaise forme : une liste ou une table là où un \
            texte est attendu, un texte là où il faut une liste, une clé qui n'est pas un mot.
            """,
          en: """
            A key is given a value of the wrong shape: a list or a mapping where a text is \
            expected, a text where a list is needed, a key that is not a word.
            """),
        why: LocalizedText(
          fr: """
            Chaque clé porte une part précise du schéma actantiel : `objet` est une phrase, \
            `quete` une suite d'étapes, `acteurs` une table d'acteurs. recit ne transforme pas \
            une forme en une autre pour deviner ce que vous vouliez dire, car une conversion \
            silencieuse déformerait le récit (un objet découpé en morceaux, une étape perdue). \
            La valeur mal formée est donc laissée de côté et signalée.
            """,
          en: """
            Each key carries a precise part of the actantial schema: `object` is a sentence, \
            `quest` a series of steps, `actors` a mapping of actors. recit does not turn one \
            shape into another to guess what you meant, because a silent conversion would \
            distort the story (an object cut into pieces, a step lost). The ill-shaped value \
            is left aside and reported.
            """),
        fix: LocalizedText(
          fr: """
            Lisez la forme attendue dans le message et réécrivez la valeur : un texte sur la \
            même ligne que la clé (`objet: Renforcer l'attractivité du centre-ville`), une \
            liste entre crochets (`adjuvants: [producteurs, services]`) ou en lignes \
            commençant par `- `, une table en lignes `clé: valeur` décalées sous la clé. Une \
            clé doit être un simple mot, jamais une liste. Cette règle est une erreur car la \
            valeur n'est pas lue ; on peut la rabaisser (`regles: { type-invalide: \
            avertissement }` dans recit.yml) ou l'éteindre (`--disable type-invalide`), mais \
            la valeur resterait ignorée.
            """,
          en: """
            Read the expected shape in the message and rewrite the value: a text on the key's \
            line (`object: Make the town centre more attractive`), a list in brackets \
            (`helpers: [producers, staff]`) or on lines starting with `- `, a mapping as \
            `key: value` lines indented under the key. A key must be a plain word, never a \
            list. The rule is an error because the value is not read; you may lower it \
            (`rules: { type-invalide: warning }` in recit.yml) or turn it off (`--disable \
            type-invalide`), but the value would still be ignored.
            """),
        example: LocalizedText(
          fr: """
            # signalé : l'objet est une phrase, pas une liste
            schema:
              objet:
                - attirer du monde
                - soutenir les producteurs
            # corrigé
            schema:
              objet: Attirer du monde au centre-ville en soutenant les producteurs
            """,
          en: """
            # reported: the object is a sentence, not a list
            schema:
              object:
                - bring people in
                - support producers
            # fixed
            schema:
              object: Bring people to the town centre by supporting local producers
            """))

    case .champInconnu:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une clé n'est pas connue de recit ; le message propose la clé connue la plus proche.
            """,
          en: """
            A key is not known to recit; the message suggests the closest known key.
            """),
        why: LocalizedText(
          fr: """
            Une clé mal orthographiée (`opposant` au lieu de `opposants`, `destinataire` au \
            lieu de `destinataires`) n'est pas lue : le rôle qu'elle portait sort du schéma \
            sans bruit, et d'autres règles annoncent alors un actant manquant qui est pourtant \
            écrit. Le signaler tout de suite évite de croire qu'un adjuvant ou un opposant \
            figure au récit alors qu'il n'y est pas. Ce n'est qu'un avertissement, car une clé \
            inconnue peut servir à un autre outil.
            """,
          en: """
            A misspelt key (`opponent` instead of `opponents`, `receiver` instead of \
            `receivers`) is not read: the role it carried leaves the schema silently, and other \
            rules then report a missing actant that is in fact written. Saying so at once \
            keeps you from believing a helper or an opponent is in the story when it is not. \
            It is only a warning, since an unknown key may serve another tool.
            """),
        fix: LocalizedText(
          fr: """
            Corrigez la clé selon la suggestion (« vouliez-vous dire … ? ») ou retirez-la. Pour \
            garder une remarque dans l'en-tête, écrivez-la en commentaire, sur une ligne qui \
            commence par `#` : recit l'ignore. Si vous tenez à des clés propres à votre \
            territoire, éteignez la règle (`regles: { champ-inconnu: desactivee }` dans \
            recit.yml, ou `--disable champ-inconnu`), en sachant que les fautes de frappe ne \
            seront plus signalées non plus.
            """,
          en: """
            Fix the key as suggested (“did you mean …?”) or remove it. To keep a remark in the \
            front matter, write it as a comment, on a line starting with `#`: recit ignores \
            it. If you want keys of your own, turn the rule off (`rules: { champ-inconnu: off \
            }` in recit.yml, or `--disable champ-inconnu`), knowing that typing mistakes will \
            no longer be reported either.
            """),
        example: LocalizedText(
          fr: """
            # signalé : « opposant » au singulier
            schema:
              opposant: amap
            # corrigé
            schema:
              opposants: [amap]
            """,
          en: """
            # reported: “opponent” in the singular
            schema:
              opponent: amap
            # fixed
            schema:
              opponents: [amap]
            """))

    case .aliasMixte:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une même information est donnée deux fois, par sa clé française et par son nom \
            anglais (`titre` et `title`, `sujet` et `subject`).
            """,
          en: """
            The same information is given twice, by its French key and by its English alias \
            (`titre` and `title`, `sujet` and `subject`).
            """),
        why: LocalizedText(
          fr: """
            recit accepte chaque clé en français ou en anglais pour que chacun écrive dans sa \
            langue, mais une information ne doit avoir qu'une seule source. Si `sujet` et \
            `subject` sont tous deux donnés et diffèrent, on ne sait plus qui mène vraiment la \
            quête ; plutôt que de choisir en silence, recit garde la première clé et signale \
            la seconde. On peut changer de langue d'une clé à l'autre, jamais pour la même clé.
            """,
          en: """
            recit accepts each key in French or in English so that everyone writes in their \
            own language, but a piece of information must have a single source. If `sujet` \
            and `subject` are both given and differ, no one knows who really carries out the \
            quest; rather than pick one silently, recit keeps the first key and reports the \
            second. You may switch language from one key to the next, never for the same key.
            """),
        fix: LocalizedText(
          fr: """
            Gardez une seule des deux clés et supprimez l'autre, après avoir reporté dans celle \
            que vous gardez ce qui manquerait (par exemple `sujet: [mairie, services]`). Les \
            langues peuvent se mélanger d'une clé à l'autre (`titre:` puis `markers:`). La \
            règle est une erreur parce que la seconde valeur n'est pas lue ; on peut la \
            rabaisser (`regles: { alias-mixte: avertissement }` dans recit.yml) ou l'éteindre \
            (`--disable alias-mixte`), mais mieux vaut corriger.
            """,
          en: """
            Keep only one of the two keys and delete the other, after moving into the one you \
            keep whatever would be lost (for example `subject: [town, staff]`). Languages may \
            mix from one key to the next (`titre:` then `markers:`). The rule is an error \
            because the second value is not read; you may lower it (`rules: { alias-mixte: \
            warning }` in recit.yml) or turn it off (`--disable alias-mixte`), but fixing it \
            is better.
            """),
        example: LocalizedText(
          fr: """
            # signalé : « sujet » et « subject » disent la même chose
            schema:
              sujet: mairie
              subject: services
            # corrigé
            schema:
              sujet: [mairie, services]
            """,
          en: """
            # reported: “subject” and “sujet” say the same thing
            schema:
              subject: town
              sujet: staff
            # fixed
            schema:
              subject: [town, staff]
            """))

    case .valeurInvalide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une valeur à choisir dans une liste fermée n'est pas reconnue (catégorie, nature, \
            posture, dimension, type, langue, gravité), ou un identifiant d'acteur est mal \
            formé.
            """,
          en: """
            A value to be picked from a closed list is not recognised (category, kind, stance, \
            dimension, type, language, severity), or an actor id is malformed.
            """),
        why: LocalizedText(
          fr: """
            Ces valeurs rangent le récit dans les repères du référentiel : la catégorie dit de \
            quel monde vient un acteur (élus, agents, État, acteurs socio-économiques, \
            habitants), la posture dit si un récit conteste le récit porté, la dimension dit \
            quelle sorte de valeur l'action crée. Une valeur inconnue ne peut pas être classée, \
            et les règles sur la variété des points de vue ou sur la valeur créée ne \
            pourraient plus en tenir compte. Les identifiants d'acteurs, eux, s'écrivent en \
            minuscules sans accents, avec des tirets, pour être repris sans ambiguïté dans les \
            rôles et les mentions (`@amap-malaunay`).
            """,
          en: """
            These values place the story among the référentiel's landmarks: the category says \
            which world an actor comes from (elected officials, staff, the State, \
            socio-economic actors, residents), the stance says whether a narrative contests \
            the carried one, the dimension says what kind of value the action creates. An \
            unknown value cannot be classified, and the rules on the variety of viewpoints or \
            on the value created would go blind. Actor ids are written in lower case without \
            accents, with hyphens, so that roles and mentions can name them without ambiguity \
            (`@amap-malaunay`).
            """),
        fix: LocalizedText(
          fr: """
            Prenez une valeur dans la liste que donne le message, en français ou en anglais : \
            `categorie: habitant` (ou `resident`), `posture: contradictoire` (ou \
            `contradictory`), `dimension: effets-utiles` (ou `useful-effects`). Accents et \
            majuscules ne comptent pas (`Élu` vaut `elu`). Pour un identifiant d'acteur, \
            reprenez la forme proposée (`Mairie de Malaunay` devient `mairie-de-malaunay`) et \
            mettez le nom complet sous `nom:`, puis changez l'identifiant partout où il sert. \
            La valeur refusée n'est pas lue ; on peut rabaisser la règle (`regles: { \
            valeur-invalide: avertissement }` dans recit.yml) ou l'éteindre (`--disable \
            valeur-invalide`), sans que la valeur soit prise en compte pour autant.
            """,
          en: """
            Pick a value from the list the message gives, in French or in English: `category: \
            resident` (or `habitant`), `stance: contradictory` (or `contradictoire`), \
            `dimension: useful-effects` (or `effets-utiles`). Accents and capitals do not \
            matter (`Élu` is `elu`). For an actor id, take the suggested form (`Town Hall` \
            becomes `town-hall`), put the full name under `name:`, then change the id \
            everywhere it is used. The refused value is not read; you may lower the rule \
            (`rules: { valeur-invalide: warning }` in recit.yml) or turn it off (`--disable \
            valeur-invalide`), but the value would still not count.
            """),
        example: LocalizedText(
          fr: """
            # signalé : identifiant en majuscules, catégorie inconnue
            acteurs:
              AMAP:
                categorie: citoyens
            # corrigé
            acteurs:
              amap:
                nom: AMAP de Malaunay
                categorie: habitant
            """,
          en: """
            # reported: id in capitals, unknown category
            actors:
              AMAP:
                category: citizens
            # fixed
            actors:
              amap:
                name: AMAP de Malaunay
                category: resident
            """))

    case .actionIntrouvable:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un dossier d'action contient des récits (fichiers `.md`) mais pas de fichier \
            `action.md`.
            """,
          en: """
            An action folder holds narratives (`.md` files) but no `action.md` file.
            """),
        why: LocalizedText(
          fr: """
            `action.md` porte l'action elle-même — son titre, son schéma de référence, sa \
            quête — et son récit porté ; les autres fichiers du dossier sont d'autres points de \
            vue sur cette action. Sans lui, les récits alternatifs ou contradictoires n'ont \
            rien à quoi se rattacher et ne sont pas lus : des voix du territoire \
            disparaîtraient sans que personne ne s'en aperçoive.
            """,
          en: """
            `action.md` holds the action itself — its title, its reference schema, its quest — \
            and its carried narrative; the other files in the folder are other points of view \
            on that action. Without it, the alternative or contradictory narratives have \
            nothing to attach to and are not read: voices of the territory would vanish \
            without anyone noticing.
            """),
        fix: LocalizedText(
          fr: """
            Créez `action.md` dans le dossier, avec au moins `titre:` dans son en-tête, ou \
            renommez en `action.md` le fichier qui raconte le récit porté. Si le dossier n'est \
            pas une action, sortez ses fichiers `.md` du dossier `actions/`. On peut rabaisser \
            la règle (`regles: { action-introuvable: avertissement }` dans recit.yml) ou \
            l'éteindre (`--disable action-introuvable`), mais les récits du dossier resteraient \
            ignorés.
            """,
          en: """
            Create `action.md` in the folder, with at least `title:` in its front matter, or \
            rename to `action.md` the file that tells the carried narrative. If the folder is \
            not an action, move its `.md` files out of `actions/`. You may lower the rule \
            (`rules: { action-introuvable: warning }` in recit.yml) or turn it off (`--disable \
            action-introuvable`), but the folder's narratives would still be ignored.
            """),
        example: LocalizedText(
          fr: """
            # signalé : un récit sans action
            actions/marche/
              amap.md
            # corrigé
            actions/marche/
              action.md     # titre, schéma, quête et récit porté
              amap.md       # un autre point de vue
            """,
          en: """
            # reported: a narrative with no action
            actions/market/
              amap.md
            # fixed
            actions/market/
              action.md     # title, schema, quest and carried narrative
              amap.md       # another point of view
            """))

    // MARK: Completeness of the actantial schema

    case .titreManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "L'action n'a pas de titre (`titre`).",
          en: "The action has no title (`title`)."),
        why: LocalizedText(
          fr: """
            Le titre est ce par quoi une action est reconnue : dans la liste des récits, dans \
            les documents produits, dans les échanges entre élus, agents et habitants. Sans \
            titre, le récit ne peut être ni cité ni relié à la trajectoire du territoire, et \
            les documents n'ont rien à afficher en tête. C'est la seule clé obligatoire d'une \
            action.
            """,
          en: """
            The title is how an action is recognised: in the list of narratives, in the \
            documents produced, in exchanges between elected officials, staff and residents. \
            Without one, the story can neither be cited nor linked to the territory's \
            trajectory, and the documents have nothing to show at the top. It is the only key \
            an action must have.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `titre: …` dans l'en-tête de `action.md` (ou du fichier de l'action), en \
            quelques mots qui disent ce qui se passe plutôt que le nom du dispositif : `titre: \
            Un marché de producteurs au centre-ville`. Mettez-le entre guillemets s'il contient \
            « : ». Pour un brouillon, on peut rabaisser la règle (`regles: { titre-manquant: \
            avertissement }` dans recit.yml) ou l'éteindre le temps d'une vérification \
            (`recit check --disable titre-manquant`).
            """,
          en: """
            Add `title: …` to the front matter of `action.md` (or of the action's file), in a \
            few words saying what happens rather than the name of the scheme: `title: A \
            producers' market in the town centre`. Put it in quotes if it contains “: ”. For a \
            draft, you may lower the rule (`rules: { titre-manquant: warning }` in recit.yml) \
            or turn it off for one run (`recit check --disable titre-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé : pas de titre
            resume: La mairie ouvre un marché le samedi.
            # corrigé
            titre: Un marché de producteurs au centre-ville
            resume: La mairie ouvre un marché le samedi.
            """,
          en: """
            # reported: no title
            summary: The town opens a market on Saturdays.
            # fixed
            title: A producers' market in the town centre
            summary: The town opens a market on Saturdays.
            """))

    case .sujetManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma de l'action ne dit pas qui mène la quête (`sujet`).",
          en: "The action's schema does not say who carries out the quest (`subject`)."),
        why: LocalizedText(
          fr: """
            Le sujet est le personnage principal du schéma actantiel : celui qui accomplit la \
            quête, qui tend vers l'objet, et autour duquel se placent adjuvants et opposants. \
            Sans lui, on ne sait pas qui agit ni qui s'engage, et le récit se réduit à un \
            constat. C'est aussi, à défaut de `narrateur`, celui qui porte le récit de \
            l'action.
            """,
          en: """
            The subject is the main character of the actantial schema: the one who carries out \
            the quest, reaches for the object, and around whom helpers and opponents stand. \
            Without it, no one knows who acts or who commits, and the story shrinks to a \
            statement of fact. It is also, when there is no `narrator`, the one who carries \
            the action's narrative.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `sujet: <identifiant>` sous `schema:`, par exemple `sujet: mairie`, ou une \
            liste si plusieurs acteurs mènent la quête ensemble : `sujet: [mairie, services]`. \
            Chaque acteur nommé doit être déclaré sous `acteurs:` ou dans acteurs.yml. Pour un \
            brouillon, on peut rabaisser la règle (`regles: { sujet-manquant: avertissement }` \
            dans recit.yml) ou l'éteindre (`--disable sujet-manquant`).
            """,
          en: """
            Add `subject: <id>` under `schema:`, for example `subject: town`, or a list when \
            several actors carry out the quest together: `subject: [town, staff]`. Every actor \
            named must be declared under `actors:` or in acteurs.yml. For a draft, you may \
            lower the rule (`rules: { sujet-manquant: warning }` in recit.yml) or turn it off \
            (`--disable sujet-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              objet: Renforcer l'attractivité du centre-ville
            # corrigé
            schema:
              sujet: mairie
              objet: Renforcer l'attractivité du centre-ville
            """,
          en: """
            # reported
            schema:
              object: Make the town centre more attractive
            # fixed
            schema:
              subject: town
              object: Make the town centre more attractive
            """))

    case .objetManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma de l'action ne dit pas ce que la quête cherche à obtenir (`objet`).",
          en: "The action's schema does not say what the quest seeks to obtain (`object`)."),
        why: LocalizedText(
          fr: """
            L'objet est le but de la quête, concret ou abstrait. C'est lui qui relie le sujet à \
            ce qu'il poursuit, et le destinateur qui confie la mission aux destinataires qui en \
            profiteront. Sans objet, on ne peut pas juger si l'action a atteint ce qu'elle \
            visait, ni voir que deux récits poursuivent en fait des buts différents — ce qui \
            est souvent le cœur d'un désaccord.
            """,
          en: """
            The object is the aim of the quest, concrete or abstract. It links the subject to \
            what it pursues, and the sender who gives the mission to the receivers who will \
            benefit. Without an object, no one can judge whether the action reached what it \
            aimed at, nor see that two narratives in fact pursue different aims — often the \
            heart of a disagreement.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez sous `schema:` une phrase qui dit le but : `objet: Renforcer l'attractivité \
            commerciale du centre-ville`. Écrivez-la du point de vue du sujet ; un autre récit \
            pourra proposer son propre objet. Pour un brouillon, on peut rabaisser la règle \
            (`regles: { objet-manquant: avertissement }` dans recit.yml) ou l'éteindre \
            (`--disable objet-manquant`).
            """,
          en: """
            Add under `schema:` a sentence stating the aim: `object: Make the town centre more \
            attractive to shoppers`. Write it from the subject's point of view; another \
            narrative may put forward its own object. For a draft, you may lower the rule \
            (`rules: { objet-manquant: warning }` in recit.yml) or turn it off (`--disable \
            objet-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              sujet: mairie
            # corrigé
            schema:
              sujet: mairie
              objet: Renforcer l'attractivité commerciale du centre-ville
            """,
          en: """
            # reported
            schema:
              subject: town
            # fixed
            schema:
              subject: town
              object: Make the town centre more attractive to shoppers
            """))

    case .destinateurManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma ne dit pas qui ou quoi confie la mission au sujet (`destinateur`).",
          en: "The schema does not say who or what gives the mission to the subject (`sender`)."),
        why: LocalizedText(
          fr: """
            Le destinateur est à l'origine de la quête : une personne ou une institution, mais \
            aussi une idée, une nécessité, une force (l'urgence climatique, une pétition, une \
            loi). Le nommer montre au nom de quoi l'on agit et d'où l'action tire sa \
            légitimité ; l'omettre laisse croire qu'elle n'a pas de commanditaire, et cache \
            souvent un débat sur qui l'a vraiment voulue.
            """,
          en: """
            The sender is where the quest comes from: a person or an institution, but also an \
            idea, a necessity, a force (the climate emergency, a petition, a law). Naming it \
            shows in whose name people act and where the action draws its legitimacy from; \
            leaving it out suggests nobody asked for it, and often hides a debate about who \
            really wanted it.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `destinateur: <identifiant>` sous `schema:`. Si c'est une idée ou une \
            nécessité plutôt qu'une personne, déclarez-la comme acteur : \
            `urgence-climatique: { nom: L'urgence climatique, categorie: autre, nature: idee \
            }`. Pour une action qui n'en a vraiment pas, rabaissez la règle (`regles: { \
            destinateur-manquant: note }` dans recit.yml) ou éteignez-la (`regles: { \
            destinateur-manquant: desactivee }`, ou `--disable destinateur-manquant`).
            """,
          en: """
            Add `sender: <id>` under `schema:`. If it is an idea or a necessity rather than a \
            person, declare it as an actor: `climate-emergency: { name: The climate \
            emergency, category: other, kind: idea }`. For an action that truly has none, \
            lower the rule (`rules: { destinateur-manquant: note }` in recit.yml) or turn it \
            off (`rules: { destinateur-manquant: off }`, or `--disable destinateur-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              sujet: mairie
            # corrigé
            acteurs:
              habitants: { nom: Habitants du centre, categorie: habitant }
            schema:
              destinateur: habitants
              sujet: mairie
            """,
          en: """
            # reported
            schema:
              subject: town
            # fixed
            actors:
              residents: { name: Town-centre residents, category: resident }
            schema:
              sender: residents
              subject: town
            """))

    case .destinataireManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma ne dit pas à qui profite la quête (`destinataires`).",
          en: "The schema does not say who benefits from the quest (`receivers`)."),
        why: LocalizedText(
          fr: """
            Les destinataires sont ceux qui bénéficient de l'action une fois la quête menée ; \
            le sujet et les adjuvants peuvent en faire partie. Les nommer, c'est dire pour qui \
            la valeur est créée, ce que demande la balise 2 de l'invariant Valeur, et savoir à \
            qui donner la parole dans un autre récit. Une action sans destinataire ne peut pas \
            rendre compte de ce qu'elle apporte au territoire.
            """,
          en: """
            The receivers are those who benefit from the action once the quest is done; the \
            subject and the helpers may be among them. Naming them says for whom value is \
            created, as marker 2 of the Valeur invariant asks, and shows whom to invite to \
            write another narrative. An action without receivers cannot account for what it \
            brings to the territory.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez sous `schema:` la liste des bénéficiaires : `destinataires: [habitants, \
            producteurs]`. Dites ensuite ce que chacun y gagne sous `benefices:` (`- pour: \
            habitants`, `dimension: effets-utiles`, `texte: …`). Pour changer la gravité : \
            `regles: { destinataire-manquant: note }` dans recit.yml ; pour éteindre la \
            règle : `regles: { destinataire-manquant: desactivee }` ou `--disable \
            destinataire-manquant`.
            """,
          en: """
            Add the list of beneficiaries under `schema:`: `receivers: [residents, \
            producers]`. Then say what each one gains under `benefits:` (`- for: residents`, \
            `dimension: useful-effects`, `text: …`). To change the severity: `rules: { \
            destinataire-manquant: note }` in recit.yml; to turn the rule off: `rules: { \
            destinataire-manquant: off }` or `--disable destinataire-manquant`.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              sujet: mairie
            # corrigé
            schema:
              sujet: mairie
              destinataires: [habitants, producteurs]
            """,
          en: """
            # reported
            schema:
              subject: town
            # fixed
            schema:
              subject: town
              receivers: [residents, producers]
            """))

    case .adjuvantManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma ne dit pas qui ou quoi aide le sujet (`adjuvants`).",
          en: "The schema does not say who or what helps the subject (`helpers`)."),
        why: LocalizedText(
          fr: """
            Les adjuvants sont les appuis du sujet : des personnes, des collectifs, mais aussi \
            un lieu, un outil, un financement. Les nommer reconnaît ceux qui ont contribué et \
            montre sur quelles forces du territoire l'action s'appuie, ce qui nourrit la \
            coopération et la confiance. Un récit sans adjuvant fait du sujet un héros \
            solitaire, rarement fidèle à ce qui s'est passé.
            """,
          en: """
            The helpers are what the subject leans on: people, groups, but also a place, a \
            tool, a grant. Naming them acknowledges those who contributed and shows which of \
            the territory's strengths the action relies on, which feeds cooperation and trust. \
            A story without helpers turns the subject into a lone hero, seldom true to what \
            happened.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `adjuvants: [producteurs]` sous `schema:`, avec tous ceux qui ont aidé, et \
            déclarez-les sous `acteurs:` si besoin. Un adjuvant peut être une chose (`nature: \
            chose`), comme une subvention ou une halle. Pour changer la gravité : `regles: { \
            adjuvant-manquant: note }` dans recit.yml ; pour éteindre la règle : `regles: { \
            adjuvant-manquant: desactivee }` ou `--disable adjuvant-manquant`.
            """,
          en: """
            Add `helpers: [producers]` under `schema:`, with everyone who helped, and declare \
            them under `actors:` if needed. A helper may be a thing (`kind: thing`), such as a \
            grant or a market hall. To change the severity: `rules: { adjuvant-manquant: note \
            }` in recit.yml; to turn the rule off: `rules: { adjuvant-manquant: off }` or \
            `--disable adjuvant-manquant`.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              sujet: mairie
            # corrigé
            schema:
              sujet: mairie
              adjuvants: [producteurs]
            """,
          en: """
            # reported
            schema:
              subject: town
            # fixed
            schema:
              subject: town
              helpers: [producers]
            """))

    case .opposantManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Le schéma ne dit pas ce qui fait obstacle à la quête (`opposants`).",
          en: "The schema does not say what stands in the quest's way (`opponents`)."),
        why: LocalizedText(
          fr: """
            Les opposants freinent la quête : des personnes ou des groupes qui ne veulent pas \
            de l'action, mais aussi des obstacles matériels, des règles, des habitudes. Un \
            récit sans opposant a souvent gommé un désaccord ; or le référentiel demande de \
            laisser place aux voix qui contestent (Engagement, balise 2) et rappelle que \
            coopérer ne signifie pas être alignés (Coopération, balise 1). Nommer l'obstacle, \
            c'est aussi se donner les moyens de le lever.
            """,
          en: """
            The opponents hinder the quest: people or groups who do not want the action, but \
            also physical obstacles, rules, habits. A story without opponents has often \
            smoothed over a disagreement; yet the référentiel asks to make room for dissenting \
            voices (Engagement, marker 2) and reminds that cooperating does not mean being \
            aligned (Coopération, marker 1). Naming the obstacle is also a way to get past it.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `opposants: [amap]` sous `schema:`, ou un obstacle déclaré comme une \
            chose : `zones-commerciales: { nom: Zones commerciales de périphérie, categorie: \
            autre, nature: chose }`. Si l'opposant est un acteur du territoire, invitez-le à \
            écrire son propre récit, en posture `contradictoire`. Si rien ne s'oppose \
            vraiment, rabaissez la règle (`regles: { opposant-manquant: note }` dans \
            recit.yml) ou éteignez-la (`regles: { opposant-manquant: desactivee }`, ou \
            `--disable opposant-manquant`).
            """,
          en: """
            Add `opponents: [amap]` under `schema:`, or an obstacle declared as a thing: \
            `retail-parks: { name: Out-of-town retail parks, category: other, kind: thing }`. \
            If the opponent is an actor of the territory, invite it to write its own \
            narrative, with the `contradictory` stance. If nothing really stands in the way, \
            lower the rule (`rules: { opposant-manquant: note }` in recit.yml) or turn it off \
            (`rules: { opposant-manquant: off }`, or `--disable opposant-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              sujet: mairie
              adjuvants: [producteurs]
            # corrigé
            schema:
              sujet: mairie
              adjuvants: [producteurs]
              opposants: [amap]
            """,
          en: """
            # reported
            schema:
              subject: town
              helpers: [producers]
            # fixed
            schema:
              subject: town
              helpers: [producers]
              opponents: [amap]
            """))

    // MARK: References

    case .acteurInconnu:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un rôle, une étape, une influence, un bénéfice, un narrateur ou une mention `@…` \
            nomme un acteur (ou une étape) qui n'est déclaré nulle part.
            """,
          en: """
            A role, a quest step, an influence, a benefit, a narrator or an `@…` mention names \
            an actor (or a step) that is declared nowhere.
            """),
        why: LocalizedText(
          fr: """
            Le schéma actantiel relie des acteurs entre eux : chaque nom doit désigner \
            quelqu'un ou quelque chose de connu, avec son nom complet et sa catégorie, pour que \
            les documents l'affichent et que les récits d'une même action parlent bien des \
            mêmes acteurs. Une faute de frappe (`amp` pour `amap`) créerait sinon un \
            personnage fantôme, et une influence vers une étape absente pointerait dans le \
            vide.
            """,
          en: """
            The actantial schema links actors together: each name must point to someone or \
            something known, with a full name and a category, so that documents can show it \
            and the narratives of one action speak about the same actors. A typing mistake \
            (`amp` for `amap`) would otherwise create a ghost character, and an influence on a \
            missing step would point at nothing.
            """),
        fix: LocalizedText(
          fr: """
            Corrigez l'identifiant selon la suggestion, ou déclarez l'acteur : sous `acteurs:` \
            de l'action s'il ne sert qu'à elle (`amap: { nom: AMAP de Malaunay, categorie: \
            habitant }`), dans acteurs.yml s'il sert à plusieurs actions. Pour une influence \
            vers une étape (`sur: 3`), vérifiez que l'étape existe sous `quete:`. Dans le \
            texte, un `@` collé à un mot n'est pas une mention (`contact@amap.fr`) ; pour \
            écrire un `@` qui n'en est pas une, mettez-le entre accents graves. La règle peut \
            être rabaissée (`regles: { acteur-inconnu: avertissement }` dans recit.yml) ou \
            éteinte (`--disable acteur-inconnu`).
            """,
          en: """
            Fix the id as suggested, or declare the actor: under the action's `actors:` if only \
            that action needs it (`amap: { name: AMAP de Malaunay, category: resident }`), in \
            acteurs.yml if several actions do. For an influence on a step (`to: 3`), check that \
            the step exists under `quest:`. In the body, an `@` stuck to a word is not a \
            mention (`contact@amap.fr`); to write an `@` that is not one, put it between \
            backticks. The rule may be lowered (`rules: { acteur-inconnu: warning }` in \
            recit.yml) or turned off (`--disable acteur-inconnu`).
            """),
        example: LocalizedText(
          fr: """
            # signalé : « amp » n'est déclaré nulle part
            schema:
              opposants: [amp]
            # corrigé
            acteurs:
              amap: { nom: AMAP de Malaunay, categorie: habitant }
            schema:
              opposants: [amap]
            """,
          en: """
            # reported: “amp” is declared nowhere
            schema:
              opponents: [amp]
            # fixed
            actors:
              amap: { name: AMAP de Malaunay, category: resident }
            schema:
              opponents: [amap]
            """))

    case .acteurInutilise:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un acteur est déclaré mais ne joue aucun rôle : ni dans le schéma, ni dans la \
            quête, ni dans un récit.
            """,
          en: """
            An actor is declared but plays no part: not in the schema, not in the quest, not in \
            any narrative.
            """),
        why: LocalizedText(
          fr: """
            Un acteur déclaré mais absent de tout récit est souvent une voix oubliée : \
            quelqu'un qu'on savait concerné, mais à qui l'on n'a pas fait de place. La note \
            invite à se demander ce qu'il a fait, subi ou gagné — adjuvant, opposant, \
            destinataire ? Ce n'est qu'une note, car une liste d'acteurs communs peut aussi \
            être préparée à l'avance.
            """,
          en: """
            An actor declared but absent from every narrative is often a forgotten voice: \
            someone known to be concerned but given no place. The note invites you to ask what \
            they did, bore or gained — helper, opponent, receiver? It is only a note, since a \
            list of shared actors may also be prepared ahead of time.
            """),
        fix: LocalizedText(
          fr: """
            Donnez-lui un rôle sous `schema:` (par exemple `destinataires: [habitants]`), une \
            place dans une étape de `quete:`, ou mentionnez-le dans un récit (`@habitants`). \
            S'il ne sert plus, retirez-le. Si vous tenez dans acteurs.yml une liste d'acteurs \
            pour plus tard, éteignez la règle : `regles: { acteur-inutilise: desactivee }` \
            dans recit.yml, ou `--disable acteur-inutilise`.
            """,
          en: """
            Give it a role under `schema:` (for example `receivers: [residents]`), a place in a \
            step of `quest:`, or mention it in a narrative (`@residents`). If it is no longer \
            needed, remove it. If acteurs.yml holds a list of actors kept for later, turn the \
            rule off: `rules: { acteur-inutilise: off }` in recit.yml, or `--disable \
            acteur-inutilise`.
            """),
        example: LocalizedText(
          fr: """
            # signalé : « habitants » n'apparaît nulle part
            acteurs:
              habitants: { nom: Habitants du centre, categorie: habitant }
            schema:
              sujet: mairie
            # corrigé
            schema:
              sujet: mairie
              destinataires: [habitants]
            """,
          en: """
            # reported: “residents” appears nowhere
            actors:
              residents: { name: Town-centre residents, category: resident }
            schema:
              subject: town
            # fixed
            schema:
              subject: town
              receivers: [residents]
            """))

    case .acteurDuplique:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un même identifiant d'acteur est déclaré deux fois, par exemple dans acteurs.yml \
            et de nouveau sous `acteurs:` d'une action.
            """,
          en: """
            The same actor id is declared twice, for example in acteurs.yml and again under an \
            action's `actors:`.
            """),
        why: LocalizedText(
          fr: """
            Un identifiant doit désigner un seul acteur : c'est ce qui permet de suivre une \
            même personne ou un même collectif d'une action à l'autre et de rapprocher leurs \
            récits. Deux déclarations sous le même identifiant, avec des noms ou des \
            catégories qui peuvent différer, rendent incertain qui parle et qui agit ; recit \
            ne choisit pas à votre place.
            """,
          en: """
            An id must point to a single actor: that is what lets you follow the same person \
            or group from one action to the next and bring their narratives together. Two \
            declarations under one id, whose names or categories may differ, leave it unclear \
            who speaks and who acts; recit does not choose for you.
            """),
        fix: LocalizedText(
          fr: """
            Gardez une seule déclaration : dans acteurs.yml si l'acteur sert à plusieurs \
            actions, sous `acteurs:` de l'action sinon. Si ce sont en réalité deux acteurs \
            distincts, donnez-leur deux identifiants (`mairie` et `conseil-municipal`) et \
            reprenez les rôles qui les nomment. On peut rabaisser la règle (`regles: { \
            acteur-duplique: avertissement }` dans recit.yml) ou l'éteindre (`--disable \
            acteur-duplique`).
            """,
          en: """
            Keep a single declaration: in acteurs.yml if several actions need the actor, \
            under the action's `actors:` otherwise. If they are in fact two different actors, \
            give them two ids (`town` and `town-council`) and update the roles that name them. \
            You may lower the rule (`rules: { acteur-duplique: warning }` in recit.yml) or \
            turn it off (`--disable acteur-duplique`).
            """),
        example: LocalizedText(
          fr: """
            # signalé : « mairie » est déjà dans acteurs.yml
            acteurs:
              mairie: { nom: Conseil municipal, categorie: elu }
            # corrigé : un autre identifiant pour un autre acteur
            acteurs:
              conseil-municipal: { nom: Conseil municipal, categorie: elu }
            """,
          en: """
            # reported: “town” is already in acteurs.yml
            actors:
              town: { name: Town council, category: elected }
            # fixed: another id for another actor
            actors:
              town-council: { name: Town council, category: elected }
            """))

    case .roleAmbivalent:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Un même acteur est à la fois adjuvant et opposant dans un même schéma.",
          en: "The same actor is both a helper and an opponent in one schema."),
        why: LocalizedText(
          fr: """
            Le schéma actantiel place d'un côté ceux qui aident le sujet, de l'autre ceux qui \
            le freinent ; mettre le même acteur des deux côtés brouille ce rapport de forces, \
            et le lecteur ne sait plus quel rôle il a joué. C'est pourtant souvent vrai : un \
            acteur aide sur un point et freine sur un autre, ou change de position en chemin. \
            Cette ambivalence mérite d'être racontée, pas cachée dans deux listes.
            """,
          en: """
            The actantial schema puts those who help the subject on one side and those who \
            hinder it on the other; placing one actor on both sides blurs that balance of \
            forces, and the reader no longer knows what part it played. It is often true, \
            though: an actor helps on one point and hinders on another, or changes position \
            along the way. That ambivalence deserves to be told, not hidden in two lists.
            """),
        fix: LocalizedText(
          fr: """
            Dans ce schéma, gardez le rôle qui domine et retirez l'acteur de l'autre liste \
            (`adjuvants:` ou `opposants:`). Racontez l'autre facette dans un récit à part, avec \
            son propre `schema:`, ou dans la quête : une étape où il aide, une autre où il \
            freine. Pour changer la gravité : `regles: { role-ambivalent: note }` dans \
            recit.yml ; pour éteindre la règle : `regles: { role-ambivalent: desactivee }` ou \
            `--disable role-ambivalent`.
            """,
          en: """
            In this schema, keep the role that prevails and remove the actor from the other \
            list (`helpers:` or `opponents:`). Tell the other side in a separate narrative, \
            with its own `schema:`, or in the quest: one step where it helps, another where it \
            hinders. To change the severity: `rules: { role-ambivalent: note }` in recit.yml; \
            to turn the rule off: `rules: { role-ambivalent: off }` or `--disable \
            role-ambivalent`.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              adjuvants: [producteurs, amap]
              opposants: [amap]
            # corrigé (l'aide de l'AMAP est racontée dans amap.md)
            schema:
              adjuvants: [producteurs]
              opposants: [amap]
            """,
          en: """
            # reported
            schema:
              helpers: [producers, amap]
              opponents: [amap]
            # fixed (the AMAP's help is told in amap.md)
            schema:
              helpers: [producers]
              opponents: [amap]
            """))

    // MARK: Quest

    case .etapeInvalide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une étape de la quête n'a pas de numéro, ou son numéro n'est pas de la forme `0`, \
            `1`, `2 bis`, `2 ter`…
            """,
          en: """
            A quest step has no number, or its number is not of the form `0`, `1`, `2 bis`, \
            `2 ter`…
            """),
        why: LocalizedText(
          fr: """
            La quête est la chaîne ordonnée des actions ; la Fabrique des Transitions numérote \
            ses étapes 0, 1, 2, 2 bis, 3… pour montrer ce qui s'enchaîne et ce qui se passe en \
            parallèle. Une étape sans numéro lisible ne peut pas prendre place dans cette \
            chaîne, ni être désignée par une influence (`sur: 3`) ; c'est pourquoi recit \
            n'accepte que cette forme.
            """,
          en: """
            The quest is the ordered chain of actions; the Fabrique des Transitions numbers \
            its steps 0, 1, 2, 2 bis, 3… to show what follows what and what happens alongside. \
            A step without a readable number cannot take its place in that chain, nor be named \
            by an influence (`to: 3`); that is why recit accepts only this form.
            """),
        fix: LocalizedText(
          fr: """
            Donnez à chaque étape une clé `etape:` avec un nombre entier à partir de 0, suivi \
            si besoin d'un suffixe latin, `bis`, `ter`, `quater`… (`etape: 2 bis`). N'écrivez \
            ni `2b`, ni `2.1`, ni `étape 2`. On peut rabaisser la règle (`regles: { \
            etape-invalide: avertissement }` dans recit.yml) ou l'éteindre (`--disable \
            etape-invalide`), mais l'étape resterait hors de la chaîne.
            """,
          en: """
            Give each step a `step:` key with a whole number from 0, followed if needed by a \
            Latin suffix, `bis`, `ter`, `quater`… (`step: 2 bis`). Do not write `2b`, `2.1` or \
            `step 2`. You may lower the rule (`rules: { etape-invalide: warning }` in \
            recit.yml) or turn it off (`--disable etape-invalide`), but the step would stay \
            out of the chain.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            quete:
              - etape: 2b
                action: Demande à l'AMAP de retirer certains produits
            # corrigé
            quete:
              - etape: 2 bis
                action: Demande à l'AMAP de retirer certains produits
            """,
          en: """
            # reported
            quest:
              - step: 2b
                action: Asks the AMAP to stop selling some products
            # fixed
            quest:
              - step: 2 bis
                action: Asks the AMAP to stop selling some products
            """))

    case .etapeDupliquee:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Deux étapes de la quête portent le même numéro.",
          en: "Two quest steps have the same number."),
        why: LocalizedText(
          fr: """
            Chaque numéro doit désigner une seule étape : les influences (`de: 2`, `sur: 3`) \
            et les autres récits s'y réfèrent. Deux étapes sous le même numéro rendent ces \
            renvois incertains et brouillent l'ordre des actions.
            """,
          en: """
            Each number must point to a single step: influences (`from: 2`, `to: 3`) and other \
            narratives refer to it. Two steps under one number make those references uncertain \
            and blur the order of the actions.
            """),
        fix: LocalizedText(
          fr: """
            Si les deux étapes se déroulent en même temps, numérotez la seconde `2 bis` (puis \
            `2 ter`) ; si elles se suivent, renumérotez la suite ; si c'est la même étape \
            écrite deux fois, fusionnez-les. On peut rabaisser la règle (`regles: { \
            etape-dupliquee: avertissement }` dans recit.yml) ou l'éteindre (`--disable \
            etape-dupliquee`).
            """,
          en: """
            If the two steps happen at the same time, number the second `2 bis` (then `2 \
            ter`); if one follows the other, renumber the rest; if it is the same step written \
            twice, merge them. You may lower the rule (`rules: { etape-dupliquee: warning }` \
            in recit.yml) or turn it off (`--disable etape-dupliquee`).
            """),
        example: LocalizedText(
          fr: """
            # signalé
            quete:
              - etape: 2
                action: Démarche les producteurs
              - etape: 2
                action: Prévient l'AMAP
            # corrigé
            quete:
              - etape: 2
                action: Démarche les producteurs
              - etape: 2 bis
                action: Prévient l'AMAP
            """,
          en: """
            # reported
            quest:
              - step: 2
                action: Approaches the producers
              - step: 2
                action: Informs the AMAP
            # fixed
            quest:
              - step: 2
                action: Approaches the producers
              - step: 2 bis
                action: Informs the AMAP
            """))

    case .etapeOrpheline:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une étape à suffixe n'a pas l'étape qui la précède : `2 bis` sans `2`, `2 ter` \
            sans `2 bis`.
            """,
          en: """
            A suffixed step lacks the step before it: `2 bis` without `2`, `2 ter` without \
            `2 bis`.
            """),
        why: LocalizedText(
          fr: """
            Dans la numérotation de la Fabrique, `2 bis` se déroule à côté de l'étape `2` ou en \
            découle ; sans l'étape `2`, on ne sait pas à quoi elle se rattache, et il manque un \
            maillon à la chaîne des actions. C'est souvent la trace d'une étape supprimée ou \
            d'une renumérotation faite à moitié.
            """,
          en: """
            In the Fabrique's numbering, `2 bis` happens alongside step `2` or follows from \
            it; without step `2`, no one knows what it hangs on, and the chain of actions \
            misses a link. It is often the trace of a deleted step or of a half-done \
            renumbering.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez l'étape manquante (`etape: 2`), ou renumérotez l'étape orpheline avec un \
            nombre simple (`2 bis` devient `2`) et décalez la suite si besoin. On peut \
            rabaisser la règle (`regles: { etape-orpheline: avertissement }` dans recit.yml) \
            ou l'éteindre (`--disable etape-orpheline`).
            """,
          en: """
            Add the missing step (`step: 2`), or renumber the orphan step with a plain number \
            (`2 bis` becomes `2`) and shift the rest if needed. You may lower the rule \
            (`rules: { etape-orpheline: warning }` in recit.yml) or turn it off (`--disable \
            etape-orpheline`).
            """),
        example: LocalizedText(
          fr: """
            # signalé : pas d'étape 2
            quete:
              - etape: 1
              - etape: 2 bis
            # corrigé
            quete:
              - etape: 1
              - etape: 2
            """,
          en: """
            # reported: no step 2
            quest:
              - step: 1
              - step: 2 bis
            # fixed
            quest:
              - step: 1
              - step: 2
            """))

    case .etapeLacune:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "La numérotation de la quête saute un ou plusieurs numéros (0, 1, 3).",
          en: "The quest's numbering skips one or more numbers (0, 1, 3)."),
        why: LocalizedText(
          fr: """
            Un trou dans la numérotation laisse penser qu'une action a été oubliée ou retirée \
            du récit : le lecteur cherche l'étape 2 et ne la trouve pas. La chaîne des actions \
            perd sa continuité, et avec elle la lecture de ce qui a mené à quoi. Ce n'est \
            qu'un avertissement, car le trou peut être voulu.
            """,
          en: """
            A gap in the numbering suggests an action was forgotten or taken out of the story: \
            the reader looks for step 2 and does not find it. The chain of actions loses its \
            continuity, and with it the reading of what led to what. It is only a warning, \
            since the gap may be deliberate.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez l'étape manquante, ou renumérotez les suivantes. Si le trou est voulu (un \
            récit qui ne reprend qu'une partie de la quête), rabaissez la règle : `regles: { \
            etape-lacune: note }` dans recit.yml ; pour l'éteindre : `regles: { etape-lacune: \
            desactivee }` ou `--disable etape-lacune`.
            """,
          en: """
            Add the missing step, or renumber the ones after it. If the gap is deliberate (a \
            narrative that retells only part of the quest), lower the rule: `rules: { \
            etape-lacune: note }` in recit.yml; to turn it off: `rules: { etape-lacune: off }` \
            or `--disable etape-lacune`.
            """),
        example: LocalizedText(
          fr: """
            # signalé : pas d'étape 2
            quete:
              - etape: 1
              - etape: 3
            # corrigé
            quete:
              - etape: 1
              - etape: 2
            """,
          en: """
            # reported: no step 2
            quest:
              - step: 1
              - step: 3
            # fixed
            quest:
              - step: 1
              - step: 2
            """))

    case .influenceCirculaire:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Les influences (« a une influence sur… ») forment un cercle entre étapes ou \
            acteurs ; le message nomme le cercle dans l'ordre.
            """,
          en: """
            The influences (“has an influence on…”) form a cycle among steps or actors; the \
            message names the cycle in order.
            """),
        why: LocalizedText(
          fr: """
            Une influence va d'une cause vers un effet ; le schéma de la Fabrique la dessine en \
            flèche pour montrer comment une action en entraîne d'autres — ce que la balise 2 \
            de l'invariant Systémique appelle créer un effet d'entraînement. Un cercle (A agit sur \
            B, qui agit sur A) est parfois réel, une boucle qui s'entretient, mais c'est le \
            plus souvent un `de` et un `sur` inversés, et l'on ne sait plus ce qui a déclenché \
            quoi.
            """,
          en: """
            An influence goes from a cause to an effect; the Fabrique's diagram draws it as an \
            arrow to show how one action sets off others — what marker 2 of the Systémique \
            invariant calls creating a knock-on effect. A cycle (A acts on B, which acts on A) \
            is sometimes real, a self-sustaining loop, but most often it is a `from` and a `to` \
            swapped, and no one can tell what set off what.
            """),
        fix: LocalizedText(
          fr: """
            Suivez le cercle indiqué et vérifiez, pour chaque lien, le sens de `de:` et `sur:` \
            sous `influences:`, ou la liste `influence:` d'une étape. Si la boucle est réelle, \
            racontez-la dans le texte et rabaissez la règle : `regles: { influence-circulaire: \
            note }` dans recit.yml ; pour l'éteindre : `regles: { influence-circulaire: \
            desactivee }` ou `--disable influence-circulaire`.
            """,
          en: """
            Follow the cycle shown and check, for each link, the direction of `from:` and \
            `to:` under `influences:`, or a step's `influences:` list. If the loop is real, \
            tell it in the text and lower the rule: `rules: { influence-circulaire: note }` in \
            recit.yml; to turn it off: `rules: { influence-circulaire: off }` or `--disable \
            influence-circulaire`.
            """),
        example: LocalizedText(
          fr: """
            # signalé : producteurs → habitants → producteurs
            influences:
              - { de: producteurs, sur: habitants }
              - { de: habitants, sur: producteurs }
            # corrigé : une seule flèche, dans le bon sens
            influences:
              - { de: producteurs, sur: habitants, texte: Font connaître le marché }
            """,
          en: """
            # reported: producers → residents → producers
            influences:
              - { from: producers, to: residents }
              - { from: residents, to: producers }
            # fixed: one arrow, the right way round
            influences:
              - { from: producers, to: residents, text: Spread the word about the market }
            """))

    // MARK: Référentiel

    case .baliseInconnue:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une balise citée sous `balises` n'existe pas dans le référentiel ; le message \
            propose la plus proche.
            """,
          en: """
            A marker listed under `markers` does not exist in the référentiel; the message \
            suggests the closest one.
            """),
        why: LocalizedText(
          fr: """
            Les balises rattachent l'action aux quatre invariants du référentiel — \
            Engagement, Systémique, Coopération, Valeur. C'est par elles qu'on voit ce que \
            chaque action apporte à la trajectoire du territoire et qu'on rassemble les \
            actions qui servent une même balise. Une balise mal écrite ou inventée romprait ce \
            lien sans que personne ne le remarque.
            """,
          en: """
            Markers tie the action to the référentiel's four invariants — Engagement, \
            Systémique, Coopération, Valeur. They show what each action brings to the \
            territory's trajectory and gather the actions that serve the same marker. A \
            misspelt or invented marker would break that link without anyone noticing.
            """),
        fix: LocalizedText(
          fr: """
            Écrivez chaque balise sous la forme `invariant/numéro` : `engagement/1` à \
            `engagement/6`, `systemique/1` à `systemique/5`, `cooperation/1` à \
            `cooperation/6`, `valeur/1` à `valeur/6`. La commande `recit balises` donne la \
            liste avec leurs titres. On peut rabaisser la règle (`regles: { balise-inconnue: \
            avertissement }` dans recit.yml) ou l'éteindre (`--disable balise-inconnue`).
            """,
          en: """
            Write each marker as `invariant/number`: `engagement/1` to `engagement/6`, \
            `systemic/1` to `systemic/5`, `cooperation/1` to `cooperation/6`, `value/1` to \
            `value/6` (the French names `systemique` and `valeur` work too). `recit markers` \
            lists them with their titles. You may lower the rule (`rules: { balise-inconnue: \
            warning }` in recit.yml) or turn it off (`--disable balise-inconnue`).
            """),
        example: LocalizedText(
          fr: """
            # signalé : il n'y a que 6 balises de coopération
            balises: [cooperation/7, engagement-2]
            # corrigé
            balises: [cooperation/1, engagement/2]
            """,
          en: """
            # reported: there are only 6 cooperation markers
            markers: [cooperation/7, engagement-2]
            # fixed
            markers: [cooperation/1, engagement/2]
            """))

    case .dateInvalide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Une date n'est pas écrite sous la forme `AAAA`, `AAAA-MM` ou `AAAA-MM-JJ`, ou \
            n'existe pas.
            """,
          en: "A date is not written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or does not exist."),
        why: LocalizedText(
          fr: """
            Les dates placent les actions et les récits sur la ligne du temps du territoire : \
            les évènements qui l'ont marqué, l'ordre dans lequel les voix se sont exprimées. \
            Une date illisible ne peut pas être classée. recit ne devine pas ce que veut dire \
            `03/04/2019` (3 avril ou 4 mars ?) : il demande une forme sans ambiguïté, aussi \
            précise qu'on le sait, pas davantage.
            """,
          en: """
            Dates place actions and narratives on the territory's timeline: the events that \
            marked it, the order in which voices spoke up. An unreadable date cannot be \
            placed. recit does not guess what `03/04/2019` means (3 April or 4 March?): it \
            asks for an unambiguous form, as precise as you know, no more.
            """),
        fix: LocalizedText(
          fr: """
            Écrivez `date: 2019` si vous ne connaissez que l'année, `date: 2019-03` pour mars \
            2019, `date: 2019-03-16` pour un jour précis ; mois et jour sur deux chiffres. On \
            peut rabaisser la règle (`regles: { date-invalide: avertissement }` dans \
            recit.yml) ou l'éteindre (`--disable date-invalide`), mais la date resterait \
            ignorée.
            """,
          en: """
            Write `date: 2019` if you only know the year, `date: 2019-03` for March 2019, \
            `date: 2019-03-16` for a given day; month and day on two digits. You may lower the \
            rule (`rules: { date-invalide: warning }` in recit.yml) or turn it off (`--disable \
            date-invalide`), but the date would still be ignored.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            date: 16/03/2019
            # corrigé
            date: 2019-03-16
            """,
          en: """
            # reported
            date: 03/16/2019
            # fixed
            date: 2019-03-16
            """))

    // MARK: Narratives

    case .narrateurManquant:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Un récit autre que le récit porté ne dit pas qui le raconte (`narrateur`).",
          en: "A narrative other than the carried one does not say who tells it (`narrator`)."),
        why: LocalizedText(
          fr: """
            Un récit alternatif ou contradictoire n'a de sens que rattaché à celui qui parle : \
            c'est le point de vue d'un élu, d'un service, d'une association, d'habitants. Sans \
            narrateur, on ne sait pas quelle voix il fait entendre, on ne peut pas lui \
            répondre, et l'on ne peut pas vérifier que le récit de l'action croise bien \
            plusieurs points de vue (Engagement, balise 2).
            """,
          en: """
            An alternative or contradictory narrative only makes sense tied to who is \
            speaking: it is the point of view of an elected official, a department, an \
            association, residents. Without a narrator, no one knows whose voice it carries, \
            no one can answer it, and no one can check that the action's story really brings \
            several points of view together (Engagement, marker 2).
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `narrateur: <identifiant>` dans l'en-tête du fichier, par exemple \
            `narrateur: amap`, l'acteur étant déclaré dans l'action ou dans acteurs.yml. Pour \
            une voix collective sans porte-parole, déclarez un collectif (`riverains: { nom: \
            Riverains de la place, categorie: habitant }`). On peut rabaisser la règle \
            (`regles: { narrateur-manquant: avertissement }` dans recit.yml) ou l'éteindre \
            (`--disable narrateur-manquant`).
            """,
          en: """
            Add `narrator: <id>` to the file's front matter, for example `narrator: amap`, the \
            actor being declared in the action or in acteurs.yml. For a collective voice with \
            no spokesperson, declare a group (`neighbours: { name: Neighbours of the square, \
            category: resident }`). You may lower the rule (`rules: { narrateur-manquant: \
            warning }` in recit.yml) or turn it off (`--disable narrateur-manquant`).
            """),
        example: LocalizedText(
          fr: """
            # signalé (actions/marche/amap.md)
            posture: contradictoire
            # corrigé
            narrateur: amap
            posture: contradictoire
            """,
          en: """
            # reported (actions/market/amap.md)
            stance: contradictory
            # fixed
            narrator: amap
            stance: contradictory
            """))

    case .recitUnique:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            L'action n'est racontée que d'un seul point de vue : aucun récit alternatif ni \
            contradictoire.
            """,
          en: """
            The action is told from a single point of view: no alternative or contradictory \
            narrative.
            """),
        why: LocalizedText(
          fr: """
            La balise 2 de l'invariant Engagement, « Construire le récit », demande un récit \
            tissé de plusieurs points de vue — élus, agents, acteurs, habitants — qui laisse \
            de la place aux récits alternatifs et contradictoires. Racontée par une seule voix, \
            souvent celle qui la porte, une action présente sa version comme la seule ; le \
            territoire perd ce que les autres ont vu, vécu ou contesté, et la confiance qui \
            naît d'avoir été entendu.
            """,
          en: """
            Marker 2 of the Engagement invariant, “Construire le récit” (building the \
            narrative), asks for a story woven from several points of view — elected \
            officials, staff, actors, residents — that leaves room for alternative and \
            contradictory narratives. Told by a single voice, often the one that carries it, \
            an action presents its version as the only one; the territory loses what others \
            saw, lived or contested, and the trust that comes from being heard.
            """),
        fix: LocalizedText(
          fr: """
            Si l'action tient en un seul fichier, faites-en un dossier (`actions/marche.md` \
            devient `actions/marche/action.md`), puis ajoutez à côté un fichier par autre \
            point de vue, par exemple `amap.md` avec `narrateur: amap` et `posture: \
            alternatif` ou `contradictoire`. La commande `recit new recit ACTION --narrateur \
            ID` prépare ce fichier. Pour exiger au moins deux points de vue partout : \
            `regles: { recit-unique: erreur }` dans recit.yml ; pour ne plus le signaler : \
            `regles: { recit-unique: desactivee }` ou `--disable recit-unique`.
            """,
          en: """
            If the action is a single file, turn it into a folder (`actions/market.md` becomes \
            `actions/market/action.md`), then add beside it one file per other point of view, \
            for example `amap.md` with `narrator: amap` and `stance: alternative` or \
            `contradictory`. `recit new recit ACTION --narrator ID` prepares that file. To \
            require at least two points of view everywhere: `rules: { recit-unique: error }` \
            in recit.yml; to stop reporting it: `rules: { recit-unique: off }` or `--disable \
            recit-unique`.
            """),
        example: LocalizedText(
          fr: """
            # ajouté : actions/marche/amap.md
            ---
            narrateur: amap
            posture: contradictoire
            ---
            Nous avons appris la décision par la presse…
            """,
          en: """
            # added: actions/market/amap.md
            ---
            narrator: amap
            stance: contradictory
            ---
            We learnt of the decision from the local paper…
            """))

    case .contradictionVide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Un récit se dit `contradictoire` mais ne conteste rien : même schéma que l'action, \
            et aucun désaccord listé.
            """,
          en: """
            A narrative calls itself `contradictory` but contests nothing: the same schema as \
            the action, and no disagreement listed.
            """),
        why: LocalizedText(
          fr: """
            Un récit contradictoire sert à faire entendre ce qui, dans l'action, est contesté : \
            le but, le rôle de chacun, la manière de faire. S'il reprend le schéma de l'action \
            sans rien y changer et ne nomme aucun désaccord, la contestation reste enfouie \
            dans le texte, invisible pour qui compare les récits, et l'on ne peut pas la mettre \
            au travail (Coopération, balise 1).
            """,
          en: """
            A contradictory narrative is there to voice what, in the action, is contested: the \
            aim, each one's role, the way things were done. If it takes the action's schema \
            unchanged and names no disagreement, the dispute stays buried in the text, \
            invisible to whoever compares the narratives, and it cannot be put to work \
            (Coopération, marker 1).
            """),
        fix: LocalizedText(
          fr: """
            Dites ce que ce narrateur voit autrement : sous `schema:`, réécrivez les rôles \
            qu'il conteste (`objet:`, `opposants:`…), et listez sous `desaccords:` chaque point \
            de friction (`- sur: objet`, `texte: …`). Si le récit ne conteste pas vraiment, \
            donnez-lui `posture: alternatif`. Pour changer la gravité : `regles: { \
            contradiction-vide: note }` dans recit.yml ; pour éteindre la règle : `regles: { \
            contradiction-vide: desactivee }` ou `--disable contradiction-vide`.
            """,
          en: """
            Say what this narrator sees differently: under `schema:`, rewrite the roles it \
            contests (`object:`, `opponents:`…), and list each point of friction under \
            `disagreements:` (`- about: object`, `text: …`). If the narrative does not really \
            contest anything, give it `stance: alternative`. To change the severity: `rules: { \
            contradiction-vide: note }` in recit.yml; to turn the rule off: `rules: { \
            contradiction-vide: off }` or `--disable contradiction-vide`.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            narrateur: amap
            posture: contradictoire
            # corrigé
            narrateur: amap
            posture: contradictoire
            schema:
              opposants: [mairie]
            desaccords:
              - sur: objet
                texte: Le marché ne doit pas se faire contre l'AMAP
            """,
          en: """
            # reported
            narrator: amap
            stance: contradictory
            # fixed
            narrator: amap
            stance: contradictory
            schema:
              opponents: [town]
            disagreements:
              - about: object
                text: The market must not be built against the AMAP
            """))

    case .conflitSansArbitrage:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Des récits de l'action sont en désaccord, mais l'action ne dit pas comment ce \
            désaccord a été traité (`arbitrage`).
            """,
          en: """
            Narratives of the action disagree, but the action does not say how the \
            disagreement was dealt with (`arbitration`).
            """),
        why: LocalizedText(
          fr: """
            La balise 1 de l'invariant Coopération le rappelle : coopérer ne signifie pas être \
            alignés, et les désaccords sont une matière à travailler, pourvu qu'on les mette \
            en discussion. Raconter une action qui fait tension, c'est aussi raconter ce qui a \
            été organisé pour la dépasser : une table ronde, un compromis, une décision \
            assumée, ou le constat que rien n'est encore tranché. Sans cela, le lecteur voit le \
            conflit sans savoir ce que le territoire en a fait.
            """,
          en: """
            Marker 1 of the Coopération invariant says it: cooperating does not mean being \
            aligned, and disagreements are material to work with, provided they are opened to \
            discussion. Telling an action that causes tension also means telling what was set \
            up to get past it: a round table, a compromise, a decision owned as such, or the \
            plain fact that nothing is settled yet. Without that, the reader sees the conflict \
            but not what the territory made of it.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez `arbitrage:` dans l'en-tête de `action.md` et racontez en quelques phrases \
            comment les désaccords ont été travaillés et, le cas échéant, tranchés. Si rien \
            n'est encore décidé, dites-le : `arbitrage: Rien n'est tranché ; une rencontre est \
            prévue en juin.` Pour changer la gravité : `regles: { conflit-sans-arbitrage: \
            avertissement }` dans recit.yml ; pour éteindre la règle : `regles: { \
            conflit-sans-arbitrage: desactivee }` ou `--disable conflit-sans-arbitrage`.
            """,
          en: """
            Add `arbitration:` to the front matter of `action.md` and tell in a few sentences \
            how the disagreements were worked through and, where relevant, settled. If nothing \
            is decided yet, say so: `arbitration: Nothing is settled; a meeting is planned for \
            June.` To change the severity: `rules: { conflit-sans-arbitrage: warning }` in \
            recit.yml; to turn the rule off: `rules: { conflit-sans-arbitrage: off }` or \
            `--disable conflit-sans-arbitrage`.
            """),
        example: LocalizedText(
          fr: """
            # ajouté dans action.md
            arbitrage: >-
              Une table ronde a réuni la mairie, l'AMAP et les producteurs ;
              chacun garde ses produits phares et l'AMAP tient un stand au marché.
            """,
          en: """
            # added to action.md
            arbitration: >-
              A round table brought the town, the AMAP and the producers together;
              each keeps its flagship products and the AMAP runs a stall at the market.
            """))

    case .destinataireSansBenefice:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Un destinataire du schéma n'a aucun bénéfice déclaré sous `benefices`.",
          en: "A receiver in the schema has no benefit stated under `benefits`."),
        why: LocalizedText(
          fr: """
            Dire qui profite de l'action ne suffit pas : il faut dire ce que chacun y gagne. La \
            balise 2 de l'invariant Valeur invite à regarder la valeur créée selon trois \
            dimensions : les effets utiles pour ceux qui en bénéficient directement ou non, la \
            dimension écologique et la dimension économique (emplois, activité relocalisée). \
            Un destinataire sans bénéfice écrit laisse la valeur de l'action dans le flou et \
            la rend plus difficile à évaluer.
            """,
          en: """
            Saying who benefits from the action is not enough: one must say what each one \
            gains. Marker 2 of the Valeur invariant asks to look at the value created along \
            three dimensions: useful effects for those who benefit directly or indirectly, the \
            ecological dimension and the economic one (jobs, activity brought back). A \
            receiver with no stated benefit leaves the action's value vague and harder to \
            assess.
            """),
        fix: LocalizedText(
          fr: """
            Sous `benefices:`, ajoutez une entrée pour ce destinataire : `- pour: habitants`, \
            `dimension: effets-utiles` (ou `ecologique`, `economique`), `texte: Des produits \
            frais et locaux toute l'année`. Un destinataire peut avoir plusieurs bénéfices, un \
            par dimension. Pour changer la gravité : `regles: { destinataire-sans-benefice: \
            avertissement }` dans recit.yml ; pour éteindre la règle : `regles: { \
            destinataire-sans-benefice: desactivee }` ou `--disable \
            destinataire-sans-benefice`.
            """,
          en: """
            Under `benefits:`, add an entry for this receiver: `- for: residents`, `dimension: \
            useful-effects` (or `ecological`, `economic`), `text: Fresh local produce all year \
            round`. A receiver may have several benefits, one per dimension. To change the \
            severity: `rules: { destinataire-sans-benefice: warning }` in recit.yml; to turn \
            the rule off: `rules: { destinataire-sans-benefice: off }` or `--disable \
            destinataire-sans-benefice`.
            """),
        example: LocalizedText(
          fr: """
            # signalé : « producteurs » ne gagne rien de déclaré
            schema:
              destinataires: [habitants, producteurs]
            benefices:
              - pour: habitants
                dimension: effets-utiles
                texte: Des produits frais et locaux toute l'année
            # corrigé : ajoutez sous benefices
              - pour: producteurs
                dimension: economique
                texte: Une clientèle fidèle chaque samedi
            """,
          en: """
            # reported: “producers” gains nothing stated
            schema:
              receivers: [residents, producers]
            benefits:
              - for: residents
                dimension: useful-effects
                text: Fresh local produce all year round
            # fixed: add under benefits
              - for: producers
                dimension: economic
                text: Loyal customers every Saturday
            """))

    case .pointsDeVueLimites:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: """
            Tous les récits d'une action viennent d'acteurs de la même catégorie (tous élus, \
            tous agents…).
            """,
          en: """
            All the narratives of an action come from actors of the same category (all elected \
            officials, all staff…).
            """),
        why: LocalizedText(
          fr: """
            Plusieurs récits ne font pas plusieurs points de vue s'ils viennent tous du même \
            monde : trois récits d'élus restent le regard des élus. Le récit du territoire \
            gagne à croiser les quatre catégories d'acteurs — élus, agents, État territorial, \
            acteurs socio-économiques — et les habitants (Engagement, balise 2). La note \
            invite à chercher la voix qui manque.
            """,
          en: """
            Several narratives do not make several points of view if they all come from the \
            same world: three narratives by elected officials remain the officials' view. The \
            territory's story gains from crossing the four categories of actors — elected \
            officials, staff, the territorial State, socio-economic actors — and residents \
            (Engagement, marker 2). The note invites you to look for the missing voice.
            """),
        fix: LocalizedText(
          fr: """
            Ajoutez un récit dont le narrateur vient d'une autre catégorie, par exemple un \
            fichier `habitants.md` avec `narrateur: habitants`. Vérifiez aussi que chaque \
            narrateur a une `categorie` déclarée (sous `acteurs:` ou dans acteurs.yml) : la \
            règle ne compare que les catégories connues. Pour changer la gravité : `regles: { \
            points-de-vue-limites: avertissement }` dans recit.yml ; pour éteindre la règle : \
            `regles: { points-de-vue-limites: desactivee }` ou `--disable \
            points-de-vue-limites`.
            """,
          en: """
            Add a narrative whose narrator comes from another category, for example a file \
            `residents.md` with `narrator: residents`. Also check that each narrator has a \
            declared `category` (under `actors:` or in acteurs.yml): the rule only compares \
            known categories. To change the severity: `rules: { points-de-vue-limites: warning \
            }` in recit.yml; to turn the rule off: `rules: { points-de-vue-limites: off }` or \
            `--disable points-de-vue-limites`.
            """),
        example: LocalizedText(
          fr: """
            # ajouté : actions/marche/habitants.md
            ---
            narrateur: habitants
            posture: alternatif
            ---
            Le samedi matin, la place a retrouvé du monde…
            """,
          en: """
            # added: actions/market/residents.md
            ---
            narrator: residents
            stance: alternative
            ---
            On Saturday mornings the square is busy again…
            """))

    case .recitVide:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Un récit n'a pas de texte : rien n'est écrit sous l'en-tête.",
          en: "A narrative has no text: nothing is written under the front matter."),
        why: LocalizedText(
          fr: """
            L'en-tête pose le schéma, mais c'est le texte qui raconte : ce qui s'est passé, \
            comment les acteurs l'ont vécu, ce qu'ils en retiennent. Un récit vide compte \
            comme un point de vue sans rien faire entendre ; il donne l'illusion d'une \
            pluralité de voix que le lecteur ne trouvera pas.
            """,
          en: """
            The front matter sets out the schema, but the text is what tells: what happened, \
            how the actors lived it, what they take from it. An empty narrative counts as a \
            point of view while voicing nothing; it gives the illusion of many voices that the \
            reader will not find.
            """),
        fix: LocalizedText(
          fr: """
            Sous la ligne `---` qui ferme l'en-tête, écrivez l'action du point de vue du \
            narrateur, même en quelques phrases, en mentionnant les acteurs avec \
            `@identifiant`. Si le texte viendra plus tard, laissez une invite `[[À compléter : \
            …]]`, qui sera rappelée par la règle a-completer. Pour changer la gravité : \
            `regles: { recit-vide: note }` dans recit.yml ; pour éteindre la règle : `regles: \
            { recit-vide: desactivee }` ou `--disable recit-vide`.
            """,
          en: """
            Under the `---` line that closes the front matter, tell the action from the \
            narrator's point of view, even in a few sentences, mentioning actors with `@id`. \
            If the text will come later, leave a `[[To complete: …]]` prompt, which the \
            a-completer rule will keep reminding you of. To change the severity: `rules: { \
            recit-vide: note }` in recit.yml; to turn the rule off: `rules: { recit-vide: off \
            }` or `--disable recit-vide`.
            """),
        example: LocalizedText(
          fr: """
            # corrigé (actions/marche/producteurs.md) : un texte sous l'en-tête
            ---
            narrateur: producteurs
            ---
            Quand @mairie nous a proposé une place le samedi, nous avons hésité…
            """,
          en: """
            # fixed (actions/market/producers.md): a text under the front matter
            ---
            narrator: producers
            ---
            When @town offered us a pitch on Saturdays, we hesitated…
            """))

    case .aCompleter:
      return RuleExplanation(
        rule: rule,
        summary: LocalizedText(
          fr: "Une invite `[[...]]` laissée par un modèle n'a pas été remplacée par votre texte.",
          en: "A `[[...]]` prompt left by a template has not been replaced with your text."),
        why: LocalizedText(
          fr: """
            Les modèles de recit posent des questions à la place de ce qui reste à écrire : \
            qui confie la mission, qu'est-ce qui fait obstacle, qui en profite. Une invite \
            oubliée finirait telle quelle dans les documents publiés, et signale surtout une \
            part du schéma ou du récit qui n'a pas encore été pensée. recit la montre à sa \
            ligne et à sa colonne pour qu'aucune n'échappe à la relecture.
            """,
          en: """
            recit's templates ask questions in place of what is left to write: who gives the \
            mission, what stands in the way, who benefits. A forgotten prompt would end up as \
            is in the published documents, and above all marks a part of the schema or of the \
            story that has not been thought through yet. recit shows it at its line and \
            column so that none slips past the review.
            """),
        fix: LocalizedText(
          fr: """
            Remplacez l'invite, crochets compris, par votre réponse ; dans l'en-tête, les \
            guillemets qui l'entouraient ne sont plus nécessaires, sauf si votre texte \
            contient « : ». Pour travailler un brouillon sans ces rappels : `recit check \
            --disable a-completer` ; pour les rendre bloquants avant publication : `regles: { \
            a-completer: erreur }` dans recit.yml (ou `recit check --strict`, qui refuse tout \
            avertissement) ; pour les éteindre : `regles: { a-completer: desactivee }`.
            """,
          en: """
            Replace the prompt, brackets included, with your answer; in the front matter, the \
            quotes around it are no longer needed unless your text contains “: ”. To work on \
            a draft without these reminders: `recit check --disable a-completer`; to make them \
            blocking before publication: `rules: { a-completer: error }` in recit.yml (or \
            `recit check --strict`, which fails on any warning); to turn them off: `rules: { \
            a-completer: off }`.
            """),
        example: LocalizedText(
          fr: """
            # signalé
            schema:
              objet: "[[À compléter : que cherche-t-on à obtenir ?]]"
            # corrigé
            schema:
              objet: Renforcer l'attractivité commerciale du centre-ville
            """,
          en: """
            # reported
            schema:
              object: "[[To complete: what is the quest for?]]"
            # fixed
            schema:
              object: Make the town centre more attractive to shoppers
            """))
    }
  }
}
