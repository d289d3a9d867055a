#!/usr/bin/env python3
"""Écrit un projet recit synthétique de N actions pour les mesures de performance.
Writes a synthetic recit project of N actions for benchmarks.

    scripts/generate-project.py DIR [-n N] [--seed S] [--force]

Each action is a folder with every key of the file format (docs/format.fr.md) and three
narratives: the carried one (action.md, about 500 words) and two more of about 250 words, one
`alternatif` and one `contradictoire` (with `desaccords` and a partial `schema`). Bodies mix
headings, lists, links, emphasis, a table and @mentions of declared actors, with sentences drawn
from a vocabulary of French sentences about territorial transition. The same N and seed give a
byte-identical corpus; action number i is the same whatever N is. Standard library only.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import textwrap

DEFAULT_ACTIONS = 1000
DEFAULT_SEED = 2024

# ---------------------------------------------------------------------------------------------
# Vocabulary. Placeholders: {commune}, {sujet}, {adjuvant}, {adjuvant2}, {opposant},
# {destinataire}, {destinateur}, {narrateur} (actor ids, written after an @ for a mention).

COMMUNES = [
    "Val-de-Brême", "Saint-Hilaire-des-Prés", "Bourg-la-Rivière", "Les Essarts-du-Lac",
    "Villeneuve-sur-Aube", "Champs-sur-Vire", "La Roche-aux-Chênes", "Sainte-Colombe-les-Vignes",
    "Port-Mazan", "Beaulieu-en-Argonne", "Saint-Just-la-Forêt", "Montfort-le-Haut",
    "Lanvallec", "Puy-Sainte-Anne", "Neuvy-les-Étangs", "Saint-Martin-d'Olne",
]

SHARED_ACTORS = {
    "mairie": ("Mairie", "elu", "institution",
               "Le maire, ses adjoints et le conseil municipal."),
    "services": ("Services municipaux", "agent", "collectif",
                 "Services techniques, restauration, urbanisme et vie associative."),
    "habitants": ("Habitants de la commune", "habitant", "collectif", None),
    "intercommunalite": ("Communauté de communes", "elu", "institution",
                         "Les élus communautaires et leurs compétences partagées."),
    "prefecture": ("Préfecture du département", "etat", "institution",
                   "Les services de l'État qui instruisent les dossiers et les subventions."),
}

THEMES = [
    {
        "slug": "marche",
        "titres": ["Un marché de producteurs au centre-bourg de {commune}",
                   "Le marché du samedi à {commune}"],
        "resume": "La mairie crée un marché hebdomadaire réservé aux petits producteurs pour "
                  "ramener du monde au centre-bourg, et demande à l'AMAP de retirer de ses "
                  "ventes les produits qui concurrenceraient les exposants.",
        "objet": "Ramener du monde au centre-bourg le samedi matin",
        "acteurs": {
            "producteurs": ("Petits producteurs locaux", "acteur-socio-economique", "collectif"),
            "commercants": ("Commerçants du centre-bourg", "acteur-socio-economique", "collectif"),
            "amap": ("AMAP de la commune", "habitant", "collectif"),
        },
        "roles": {"destinateur": "mairie", "sujet": "mairie",
                  "destinataires": ["habitants", "producteurs"],
                  "adjuvants": ["services", "commercants"], "opposants": ["amap"]},
        "etapes": [
            ("0", ["mairie"], "Fait voter la création d'un marché hebdomadaire", ["producteurs"]),
            ("1", ["services"], "Démarche les fermes à vingt kilomètres à la ronde", []),
            ("2", ["services", "commercants"], "Dessinent le plan des emplacements sur la place", []),
            ("2 bis", ["mairie"], "Demande à l'AMAP de ne plus vendre œufs et fromages", ["amap"]),
            ("3", ["mairie", "amap", "producteurs"], "Se retrouvent autour d'une même table", []),
            ("4", ["producteurs"], "Tiennent le premier marché, puis un marché chaque samedi", []),
        ],
        "influences": [("commercants", "habitants",
                        "Affichent le marché dans leurs vitrines et en parlent au comptoir")],
        "benefices": {
            "habitants": ("effets-utiles", "Des produits frais à pied et un rendez-vous du samedi"),
            "producteurs": ("economique", "Un débouché régulier sans intermédiaire"),
        },
        "arbitrage": "L'AMAP garde toute sa gamme dans les paniers de ses adhérents mais cesse "
                     "la vente aux passants ; le marché se tient le samedi, la distribution des "
                     "paniers reste le mardi soir, et un bilan commun est prévu en fin de saison.",
        "table": [("mairie", "Un centre-bourg animé", "Un marché qui ne prend pas"),
                  ("amap", "Des paniers variés", "Être sacrifiée au marché"),
                  ("producteurs", "Une clientèle fidèle", "Venir pour rien")],
        "phrases": [
            "Le samedi matin, la place de la mairie n'était jusqu'ici qu'un parking à moitié vide.",
            "Les courses de la semaine se faisaient dans les zones commerciales, à dix minutes en voiture.",
            "Un marché réservé aux petits producteurs donnait enfin une raison de venir à pied.",
            "@producteurs ont d'abord hésité, faute de savoir si la clientèle suivrait.",
            "La boulangerie et le café d'en face ont vu leur fréquentation du samedi doubler en un mois.",
            "Les droits de place ont été fixés très bas pour la première année, le temps que le marché trouve son public.",
            "@commercants ont prêté des barnums et relayé l'information auprès de leurs clients.",
            "Le plan des emplacements laisse la fontaine dégagée et réserve un coin aux associations.",
            "Dès le troisième samedi, il a fallu ajouter six emplacements le long de l'église.",
            "La question des œufs et des fromages, vendus aussi par @amap, a failli tout arrêter.",
            "Les enfants de l'école viennent désormais acheter leurs pommes avec leur argent de poche.",
            "Le placier passe à huit heures, et à neuf heures la place est pleine.",
        ],
        "alternatif": ("producteurs", "Ce qu'en disent les producteurs",
                       "Trouver une clientèle fidèle à moins de vingt kilomètres de la ferme", [
            "Pour nous, le marché était d'abord un pari sur nos samedis matin.",
            "Charger le camion à six heures pour vendre trois cagettes, personne ne le fait deux fois.",
            "Les premiers samedis, nous avons surtout vendu aux curieux, puis les habitués sont arrivés.",
            "Nous avons appris à préparer des lots plus petits, adaptés aux personnes seules.",
            "Le dialogue avec @mairie a été direct, même quand nous n'étions pas d'accord.",
            "Aujourd'hui, le marché représente près d'un tiers de notre chiffre d'affaires d'été.",
        ]),
        "contradictoire": ("amap", "Ce que l'AMAP en dit",
                           "Garder toute l'année des paniers variés pour ses adhérents", [
            "Nous avons appris la demande de la mairie par la presse, sans aucune concertation.",
            "C'est pourtant @mairie qui avait encouragé la création de notre association.",
            "Retirer les œufs et les fromages de nos paniers, c'était fragiliser nos contrats avec les fermes.",
            "Nos adhérents ne sont pas des clients de passage : ils paient la saison à l'avance.",
            "Nous ne sommes pas contre le marché, nous refusons d'être traités comme un obstacle.",
            "Il a fallu une pétition de deux cents signatures pour obtenir une réunion.",
        ], ["La façon dont la décision a été prise, sans réunion préalable",
            "La concurrence supposée entre les paniers et le marché"]),
    },
    {
        "slug": "cantine",
        "titres": ["Une cantine scolaire bio et locale à {commune}",
                   "Cuisiner sur place pour les écoles de {commune}"],
        "resume": "La commune reprend la cuisine de ses écoles en régie, achète ses légumes aux "
                  "fermes voisines et réduit le gaspillage, malgré les réticences du prestataire "
                  "sortant.",
        "objet": "Servir chaque jour aux enfants des repas bio et locaux cuisinés sur place",
        "acteurs": {
            "cuisiniers": ("Équipe de la cuisine centrale", "agent", "collectif"),
            "parents": ("Association des parents d'élèves", "habitant", "collectif"),
            "prestataire": ("Prestataire de restauration collective", "acteur-socio-economique",
                            "institution"),
            "maraichers": ("Maraîchers du canton", "acteur-socio-economique", "collectif"),
        },
        "roles": {"destinateur": "parents", "sujet": "mairie",
                  "destinataires": ["habitants", "maraichers"],
                  "adjuvants": ["cuisiniers", "intercommunalite"], "opposants": ["prestataire"]},
        "etapes": [
            ("0", ["parents"], "Demandent des repas de meilleure qualité en conseil d'école", ["mairie"]),
            ("1", ["mairie"], "Décide de ne pas renouveler le contrat de restauration", ["prestataire"]),
            ("2", ["cuisiniers"], "Réaménagent la cuisine et se forment à la cuisine végétarienne", []),
            ("2 bis", ["intercommunalite"], "Organise un groupement d'achat avec les maraîchers", ["maraichers"]),
            ("3", ["cuisiniers", "maraichers"], "Construisent des menus de saison", []),
            ("4", ["mairie", "parents"], "Font le bilan de la première année", []),
        ],
        "influences": [("maraichers", "cuisiniers", "Livrent selon les récoltes et non selon un catalogue")],
        "benefices": {
            "habitants": ("effets-utiles", "Des repas cuisinés sur place pour leurs enfants"),
            "maraichers": ("economique", "Un débouché sûr toute l'année scolaire"),
        },
        "arbitrage": "Le prestataire garde la livraison des repas de la crèche jusqu'à la fin de "
                     "son contrat, et la commune s'engage à reprendre deux de ses salariés dans "
                     "l'équipe de cuisine.",
        "table": [("parents", "Des repas sains", "Une hausse du prix du repas"),
                  ("cuisiniers", "Cuisiner vraiment", "Une charge de travail intenable"),
                  ("prestataire", "Garder le marché", "Perdre des emplois")],
        "phrases": [
            "À la cantine, les barquettes réchauffées finissaient trop souvent à la poubelle.",
            "@parents ont mis le sujet sur la table lors d'un conseil d'école houleux.",
            "La pesée des déchets, faite pendant deux semaines, a convaincu les plus sceptiques.",
            "Un repas végétarien par semaine a d'abord fait grincer des dents, puis il est devenu le plus demandé.",
            "@cuisiniers ont retrouvé le plaisir de cuisiner des produits bruts.",
            "Le coût des denrées a augmenté de quelques centimes, compensés par la baisse du gaspillage.",
            "Les carottes arrivent désormais avec la terre, et il a fallu acheter une légumerie.",
            "Les menus sont affichés à l'entrée de l'école avec le nom des fermes.",
            "@maraichers ont adapté leurs plantations au calendrier scolaire.",
            "Les enfants goûtent au moins une fois chaque plat, c'est la seule règle.",
            "Le groupement d'achat permet aux petites communes voisines de suivre le mouvement.",
            "Un audit de la cuisine centrale a révélé que le matériel était prévu pour le réchauffage, pas pour la cuisine.",
        ],
        "alternatif": ("cuisiniers", "Le récit de l'équipe de cuisine",
                       "Retrouver un métier de cuisinier au lieu d'un métier de réchauffeur", [
            "Pendant des années, nous avons ouvert des barquettes et réglé des fours.",
            "Le passage à la cuisine sur place nous a fait peur autant qu'il nous a motivés.",
            "La formation à la cuisine végétarienne a changé notre regard sur les légumineuses.",
            "Nous avons demandé un second plongeur, et @mairie a fini par l'accepter.",
            "Les enfants viennent maintenant nous dire ce qu'ils ont aimé, ou pas.",
            "Notre fierté, ce sont les yaourts maison du jeudi.",
        ]),
        "contradictoire": ("prestataire", "Le point de vue du prestataire sortant",
                           "Conserver un contrat qui faisait vivre une cuisine de quarante salariés", [
            "Nous avons servi ces écoles pendant douze ans sans un seul incident sanitaire.",
            "Le cahier des charges ne nous demandait ni bio ni local, nous l'aurions fait si on nous l'avait demandé.",
            "La décision de @mairie menace des emplois réels dans notre cuisine centrale.",
            "Une régie coûte plus cher qu'on ne le dit, et ce sont les contribuables qui paieront.",
            "Nous avons proposé une offre révisée, qui n'a même pas été étudiée.",
            "Nous restons disponibles pour la crèche et pour les centres de loisirs.",
        ], ["Le coût réel de la régie pour la commune",
            "L'absence de mise en concurrence d'une offre révisée"]),
    },
    {
        "slug": "energie",
        "titres": ["Une coopérative citoyenne d'énergie solaire à {commune}",
                   "Des panneaux solaires sur les toits publics de {commune}"],
        "resume": "Des habitants fondent une société coopérative qui installe des panneaux "
                  "photovoltaïques sur les toits de l'école et du gymnase, avec l'appui de la "
                  "commune et malgré l'opposition d'un collectif de riverains.",
        "objet": "Produire localement une électricité renouvelable détenue par les habitants",
        "acteurs": {
            "cooperative": ("Coopérative citoyenne d'énergie", "acteur-socio-economique",
                            "collectif"),
            "riverains": ("Collectif des riverains du gymnase", "habitant", "collectif"),
            "installateur": ("Artisan installateur", "acteur-socio-economique", "personne"),
        },
        "roles": {"destinateur": "intercommunalite", "sujet": "cooperative",
                  "destinataires": ["habitants", "cooperative"],
                  "adjuvants": ["mairie", "installateur"], "opposants": ["riverains"]},
        "etapes": [
            ("0", ["intercommunalite"], "Adopte un plan climat qui vise l'autonomie énergétique", ["cooperative"]),
            ("1", ["cooperative"], "Réunit trois cents sociétaires et lève le capital", []),
            ("2", ["mairie"], "Met à disposition les toits de l'école et du gymnase", []),
            ("2 bis", ["riverains"], "Contestent le projet au nom du paysage", ["mairie"]),
            ("3", ["installateur", "cooperative"], "Posent les panneaux pendant les vacances", []),
            ("4", ["cooperative"], "Vend sa première année de production", []),
        ],
        "influences": [("2 bis", "3", "Le recours retarde le chantier de six mois")],
        "benefices": {
            "habitants": ("ecologique", "Une électricité renouvelable produite sur place"),
            "cooperative": ("economique", "Un revenu modeste mais régulier pour ses sociétaires"),
        },
        "arbitrage": "Les panneaux du gymnase sont posés en retrait pour ne pas se voir de la rue, "
                     "et la coopérative ouvre une part de son capital aux riverains à prix réduit.",
        "table": [("cooperative", "Produire et partager", "Un capital insuffisant"),
                  ("riverains", "Un paysage préservé", "Des toits défigurés"),
                  ("mairie", "Un plan climat tenu", "Un conflit de voisinage")],
        "phrases": [
            "L'idée est née d'une soirée-débat sur la facture d'électricité, un soir de novembre.",
            "@cooperative compte aujourd'hui plus de trois cents sociétaires, dont beaucoup de retraités.",
            "Une part coûte cinquante euros, pour que chacun puisse entrer au capital.",
            "Les toits de l'école et du gymnase, bien orientés, produisent l'équivalent de la consommation de quatre-vingts foyers.",
            "@installateur, artisan du canton, a formé deux jeunes pendant le chantier.",
            "Le dossier de raccordement a pris plus de temps que la pose elle-même.",
            "La commune loue ses toits pour un euro symbolique pendant vingt ans.",
            "Chaque assemblée générale réunit plus de monde que le conseil municipal.",
            "Un écran dans le hall de l'école affiche la production du jour.",
            "@riverains craignaient des reflets et des toits défigurés.",
            "Le bénéfice est en partie réinvesti dans un fonds d'aide à la rénovation.",
            "Les élèves de CM2 ont suivi le chantier et calculé la production de leur école.",
        ],
        "alternatif": ("installateur", "Le chantier vu par l'installateur",
                       "Faire vivre une filière artisanale de la pose solaire dans le canton", [
            "Pour un artisan comme moi, un chantier coopératif est une autre façon de travailler.",
            "Les sociétaires venaient voir le chantier, poser des questions, apporter le café.",
            "Nous avons dû revoir la fixation des panneaux après l'avis de l'architecte.",
            "Le retard dû au recours m'a coûté un trimestre de planning.",
            "J'ai embauché un apprenti grâce à ce chantier, et il est resté.",
            "D'autres communes m'appellent maintenant pour le même type de projet.",
        ]),
        "contradictoire": ("riverains", "Le récit des riverains du gymnase",
                           "Préserver la vue et la tranquillité du quartier du gymnase", [
            "Personne ne nous a demandé notre avis avant le vote du conseil municipal.",
            "Nous ne sommes pas contre le solaire, nous sommes contre un projet imposé.",
            "Les premières simulations montraient des panneaux visibles depuis toutes les fenêtres.",
            "Notre recours a été vécu comme une trahison, il n'était qu'une demande d'écoute.",
            "@mairie a fini par organiser une visite du toit avec l'architecte.",
            "Aujourd'hui, certains d'entre nous sont devenus sociétaires.",
        ], ["L'absence de concertation avant le vote du conseil",
            "L'emplacement des panneaux sur le toit du gymnase"]),
    },
    {
        "slug": "mobilite",
        "titres": ["Un pédibus et des rues scolaires à {commune}",
                   "Se déplacer autrement à {commune}"],
        "resume": "La commune ferme aux voitures les rues des écoles à l'heure des entrées et "
                  "des sorties, et des parents organisent un pédibus et un vélobus, au grand "
                  "dam d'une partie des automobilistes.",
        "objet": "Permettre aux enfants d'aller à l'école à pied ou à vélo en sécurité",
        "acteurs": {
            "parents": ("Parents accompagnateurs", "habitant", "collectif"),
            "automobilistes": ("Automobilistes du matin", "habitant", "collectif"),
            "velo": ("Association vélo du territoire", "acteur-socio-economique", "collectif"),
            "ecole": ("Équipe enseignante", "etat", "collectif"),
        },
        "roles": {"destinateur": "ecole", "sujet": "mairie",
                  "destinataires": ["habitants", "parents"],
                  "adjuvants": ["velo", "services"], "opposants": ["automobilistes"]},
        "etapes": [
            ("0", ["ecole"], "Signale les embouteillages et les dangers devant l'école", ["mairie"]),
            ("1", ["mairie"], "Prend un arrêté de rue scolaire à titre d'essai", ["automobilistes"]),
            ("2", ["services"], "Posent des barrières amovibles et des panneaux", []),
            ("2 bis", ["velo"], "Forme les parents à l'encadrement d'un vélobus", ["parents"]),
            ("3", ["parents"], "Font circuler pédibus et vélobus chaque matin", []),
            ("4", ["mairie", "ecole"], "Pérennisent la rue scolaire après six mois", []),
        ],
        "influences": [("velo", "parents", "Prête des vélos et des remorques aux familles")],
        "benefices": {
            "habitants": ("ecologique", "Moins de voitures et un air plus sain devant l'école"),
            "parents": ("effets-utiles", "Des trajets partagés et des enfants plus autonomes"),
        },
        "arbitrage": "La rue reste fermée un quart d'heure à l'entrée et à la sortie, un parking "
                     "relais est aménagé à trois cents mètres, et les riverains gardent leur accès.",
        "table": [("parents", "Des trajets sûrs", "Un pédibus sans bénévoles"),
                  ("automobilistes", "Déposer vite", "Des détours sans fin"),
                  ("ecole", "Des élèves apaisés", "Des retards le matin")],
        "phrases": [
            "Chaque matin, une quarantaine de voitures se croisaient devant le portail de l'école.",
            "@ecole a compté trois frôlements d'enfants en un seul trimestre.",
            "La rue scolaire a d'abord été testée pendant un mois, avec des barrières prêtées.",
            "@parents se relaient sur quatre lignes de pédibus, chacune avec ses arrêts.",
            "Le vélobus part de la salle des fêtes à huit heures et quart, quelle que soit la météo.",
            "@velo a organisé des ateliers de réparation dans la cour de l'école.",
            "Les enfants connaissent désormais le nom de chaque rue de leur trajet.",
            "Le parking relais, à trois cents mètres, reste à moitié vide, et c'est une bonne nouvelle.",
            "Les commerçants craignaient de perdre des clients ; la boulangerie en a gagné.",
            "Un comptage a montré une baisse de moitié du trafic aux heures de pointe.",
            "Les gilets jaunes fluo des enfants sont devenus un signe de reconnaissance.",
            "Le plan de circulation a été revu avec les riverains, rue par rue.",
        ],
        "alternatif": ("parents", "Le récit des parents accompagnateurs",
                       "Rendre les enfants autonomes sur le chemin de l'école", [
            "Nous avons commencé à trois familles, avec un plan dessiné à la main.",
            "Le plus dur n'est pas de marcher, c'est de trouver des accompagnateurs le lundi.",
            "Les enfants ont vite pris l'habitude d'attendre aux arrêts sans nous.",
            "La formation de @velo nous a donné confiance pour encadrer un groupe à vélo.",
            "Le matin, le pédibus est aussi l'occasion de parler avec d'autres parents.",
            "Nous aimerions que la rue scolaire s'étende au collège.",
        ]),
        "contradictoire": ("automobilistes", "La colère des automobilistes du matin",
                           "Déposer les enfants rapidement sur le chemin du travail", [
            "Pour beaucoup d'entre nous, la voiture n'est pas un choix mais une obligation.",
            "La fermeture de la rue nous oblige à faire un détour de dix minutes.",
            "Personne n'a pensé aux parents qui travaillent loin et commencent tôt.",
            "Nous avons écrit à @mairie, qui nous a répondu par un parking relais.",
            "Le parking relais est trop loin quand il pleut et qu'on a deux enfants.",
            "Nous demandons une dérogation pour les familles qui travaillent en horaires décalés.",
        ], ["La durée de fermeture de la rue aux heures d'entrée",
            "La place laissée aux familles qui n'ont pas d'autre choix que la voiture"]),
    },
    {
        "slug": "ateliers",
        "titres": ["Des ateliers participatifs pour réaménager la place de {commune}",
                   "Le budget participatif de {commune}"],
        "resume": "La commune confie aux habitants, lors d'ateliers ouverts à tous, le choix de "
                  "l'aménagement de la place centrale, et découvre que participer prend du temps "
                  "et déplace les décisions.",
        "objet": "Décider avec les habitants de l'avenir de la place centrale",
        "acteurs": {
            "animateurs": ("Bureau d'études en concertation", "acteur-socio-economique",
                           "collectif"),
            "conseil-quartier": ("Conseil de quartier", "habitant", "collectif"),
            "opposition": ("Élus de l'opposition municipale", "elu", "collectif"),
            "jeunes": ("Conseil municipal des jeunes", "habitant", "collectif"),
        },
        "roles": {"destinateur": "mairie", "sujet": "conseil-quartier",
                  "destinataires": ["habitants", "jeunes"],
                  "adjuvants": ["animateurs", "services"], "opposants": ["opposition"]},
        "etapes": [
            ("0", ["mairie"], "Annonce que l'aménagement de la place sera décidé avec les habitants", ["conseil-quartier"]),
            ("1", ["animateurs"], "Animent quatre ateliers ouverts à tous", []),
            ("2", ["conseil-quartier", "jeunes"], "Dessinent trois scénarios d'aménagement", []),
            ("2 bis", ["opposition"], "Dénoncent une concertation de façade", ["conseil-quartier"]),
            ("3", ["habitants"], "Votent pour un scénario", []),
            ("4", ["services"], "Réalisent la première tranche des travaux", []),
        ],
        "influences": [("jeunes", "conseil-quartier", "Imposent un espace de jeux et de rencontre")],
        "benefices": {
            "habitants": ("effets-utiles", "Une place pensée par ceux qui la traversent chaque jour"),
            "jeunes": ("effets-utiles", "Un lieu à eux au cœur du bourg"),
        },
        "arbitrage": "Les élus de l'opposition siègent au comité de suivi, le compte rendu de "
                     "chaque atelier est publié, et le vote final est ouvert dès seize ans.",
        "table": [("conseil-quartier", "Une place vivante", "Une décision déjà prise"),
                  ("opposition", "Une vraie transparence", "Une concertation de façade"),
                  ("jeunes", "Un lieu à eux", "Être oubliés")],
        "phrases": [
            "Le premier atelier a réuni soixante personnes, bien plus que prévu.",
            "@animateurs ont installé une grande maquette au milieu de la salle des fêtes.",
            "Chacun pouvait poser des gommettes vertes sur ce qu'il aimait, rouges sur ce qu'il craignait.",
            "Les plus âgés voulaient des bancs à l'ombre, les plus jeunes un terrain de jeux.",
            "@jeunes ont présenté leur projet devant le conseil municipal, sans trembler.",
            "Le compte rendu de chaque atelier a été affiché à la mairie et publié en ligne.",
            "Certains habitants sont venus à tous les ateliers, d'autres à un seul, et leurs avis comptent autant.",
            "La question du stationnement a occupé à elle seule un atelier entier.",
            "Le scénario retenu garde les marronniers et supprime la moitié des places de parking.",
            "@conseil-quartier a tenu à ce que le vote soit ouvert dès seize ans.",
            "Les services ont dû réviser le chiffrage à trois reprises.",
            "La fête d'inauguration a été organisée par ceux-là mêmes qui avaient dessiné la place.",
        ],
        "alternatif": ("jeunes", "Ce que disent les jeunes",
                       "Obtenir un lieu de rencontre au cœur du bourg", [
            "Au début, nous pensions qu'on nous demandait notre avis pour la photo.",
            "Puis @animateurs nous ont confié une table entière de l'atelier.",
            "Nous avons fait un sondage au collège, avec plus de deux cents réponses.",
            "Notre idée d'un préau ouvert a été reprise dans le scénario final.",
            "Voter à seize ans, c'était la première fois pour la plupart d'entre nous.",
            "Nous voulons maintenant participer au choix du mobilier.",
        ]),
        "contradictoire": ("opposition", "La lecture de l'opposition municipale",
                           "Garantir que la décision finale reste transparente et contrôlable", [
            "Nous avons soutenu le principe des ateliers, pas la manière de les conduire.",
            "Les trois scénarios proposés allaient tous dans le sens voulu par la majorité.",
            "Le coût du bureau d'études n'a jamais été présenté au conseil municipal.",
            "Nous avons demandé à siéger au comité de suivi, ce qui a pris quatre mois.",
            "@mairie a fini par publier tous les comptes rendus, et c'est un progrès.",
            "Une concertation n'a de sens que si elle peut aboutir à un refus.",
        ], ["Le choix des trois scénarios soumis au vote",
            "La transparence sur le coût de la concertation"]),
    },
]

COMMON_CARRIED = [
    "Rien ne se serait fait sans le soutien constant de @{adjuvant}.",
    "Le projet a été présenté en conseil municipal, puis en réunion publique à {commune}.",
    "Les premiers mois ont surtout servi à écouter ceux qui doutaient.",
    "Nous avons tenu un carnet de bord, semaine après semaine, pour ne rien oublier.",
    "La réussite tient moins à la technique qu'à la confiance construite entre les acteurs.",
    "L'apport de @{adjuvant2} a été décisif : un savoir-faire que nous n'avions pas.",
    "Il a fallu accepter de changer de calendrier plus d'une fois.",
    "Ce récit n'efface pas les tensions : il les raconte pour qu'on en tire quelque chose.",
    "Du côté de @{opposant}, des craintes légitimes se sont exprimées, que nous avions sous-estimées.",
    "La première réunion s'est tenue un mardi soir, dans une salle trop petite.",
    "Le budget engagé reste modeste au regard de ce que l'action a changé.",
    "Les agents ont été associés dès le départ, et pas seulement pour exécuter.",
    "À {commune}, on se souvient encore des projets annoncés puis abandonnés, et il fallait faire mieux.",
    "Nous avons demandé conseil à d'autres communes qui avaient tenté la même chose.",
    "Les premiers bénéficiaires en sont @{destinataire}, mais pas les seuls.",
    "Chaque étape a donné lieu à un compte rendu court, lisible par tous.",
    "Des désaccords sont apparus tôt, et c'est tant mieux : ils ont obligé à préciser le projet.",
    "La presse locale a suivi l'action, parfois avec plus d'enthousiasme que nous.",
    "Un an plus tard, l'action tient debout sans qu'on ait à la porter à bout de bras.",
    "Nous aurions dû, avec le recul, associer plus tôt ceux qui s'y opposaient.",
    "@{sujet} a porté le projet sans chercher à tout décider seul.",
    "Les chiffres ne disent pas tout, mais ils aident à convaincre ceux qui hésitent.",
    "Le calendrier des élections a pesé, il serait malhonnête de le taire.",
    "L'impulsion est venue de @{destinateur}, qui a soutenu la démarche dans les moments difficiles.",
]

COMMON_OTHER = [
    "Ce récit n'est pas celui de la commune, et c'est pour cela qu'il compte.",
    "Nous avons vécu les mêmes événements, mais pas dans le même ordre.",
    "Ce qui semblait un détail vu de la mairie était pour nous l'essentiel.",
    "Il a fallu du temps pour que notre parole soit entendue à {commune}.",
    "Les réunions se tenaient souvent en journée, quand beaucoup d'entre nous travaillent.",
    "Nous reconnaissons ce qui a été fait, sans oublier la manière dont cela s'est fait.",
    "Nous gardons un souvenir précis des premières semaines, faites d'hésitations.",
    "Raconter notre version, c'est aussi proposer une suite à l'action.",
    "@{sujet} n'a pas toujours mesuré ce que le projet changeait pour nous.",
    "Les comptes rendus officiels ne disent rien de nos soirées de discussion.",
    "Nous restons prêts à travailler avec tous, à condition d'être associés dès le départ.",
    "D'autres que nous auraient sans doute raconté tout autre chose.",
    "Nous n'avons pas été consultés au moment où tout se décidait.",
    "Sur le terrain, les choses se sont passées moins simplement que dans les délibérations.",
    "Notre engagement est bénévole, et il a un prix en soirées et en week-ends.",
    "Le vocabulaire des dossiers officiels n'est pas le nôtre, et il a fallu le traduire.",
    "Nous avons pris des notes à chaque réunion pour garder notre propre mémoire de l'action.",
    "La confiance s'est construite lentement, et elle reste fragile.",
    "Nous aurions aimé que l'on parte de nos besoins plutôt que d'un projet déjà dessiné.",
    "Les échanges avec @{adjuvant} ont souvent permis de débloquer la situation.",
    "Ce que nous demandons tient en peu de mots : être écoutés avant que tout soit joué.",
    "À {commune}, tout le monde se connaît, et les désaccords se vivent aussi au marché.",
]

HEADINGS_CARRIED = [
    ("D'où nous partions", "Ce que nous avons fait", "Ce que nous en retenons"),
    ("Le point de départ", "Les étapes", "Ce que nous avons appris"),
    ("Pourquoi cette action", "Comment nous nous y sommes pris", "Et maintenant"),
]
HEADINGS_OTHER = ["Notre point de vue", "Ce que nous avons vécu", "Une autre lecture",
                  "Ce que nous voulons dire"]
LESSONS = [
    "associer les opposants dès la première réunion",
    "publier chaque compte rendu, même quand il dérange",
    "prévoir un budget pour l'animation, pas seulement pour les travaux",
    "garder une trace écrite des décisions et de leurs raisons",
    "accepter qu'un calendrier glisse plutôt que de forcer le passage",
    "nommer une personne référente, joignable par tous",
    "faire un bilan chiffré à la fin de chaque saison",
    "inviter d'autres communes à venir voir ce qui marche et ce qui coince",
]
MARKERS = ([f"engagement/{n}" for n in range(1, 7)] + [f"systemique/{n}" for n in range(1, 6)]
           + [f"cooperation/{n}" for n in range(1, 7)] + [f"valeur/{n}" for n in range(1, 7)])
TYPES = ["action", "action", "action", "retour-experience", "cooperation"]

# ---------------------------------------------------------------------------------------------
# Writing YAML and Markdown.

YAML_SPECIAL_START = tuple("[]{}@&*!|>%'\"`#,?:-")


def yaml_text(text: str) -> str:
    """A YAML scalar for `text`, quoted only when YAML needs it (docs/format.fr.md, section 5)."""
    if (text.startswith(YAML_SPECIAL_START) or ": " in text or " #" in text
            or text.endswith(":") or text != text.strip()):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def yaml_block(key: str, text: str, indent: str = "") -> str:
    """A folded `>-` block, lines wrapped at 90 columns."""
    lines = textwrap.wrap(text, width=88 - len(indent))
    return f"{indent}{key}: >-\n" + "".join(f"{indent}  {line}\n" for line in lines)


def id_list(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]"


def words(text: str) -> int:
    return len(text.split())


def wrap(paragraph: str) -> str:
    return "\n".join(textwrap.wrap(paragraph, width=96, break_long_words=False,
                                   break_on_hyphens=False))


def slug(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçœ' ", "aaaeeeeiioouuuco--")
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == "-")


class Sentences:
    """Draws sentences without repetition from shuffled pools, refilling when one runs out."""

    def __init__(self, rng: random.Random, pools: list[list[str]], names: dict[str, str]):
        self.rng, self.pools, self.names = rng, pools, names
        self.queues: list[list[str]] = [[] for _ in pools]

    def next(self, pool: int) -> str:
        if not self.queues[pool]:
            others = [q for q in range(len(self.pools)) if self.queues[q]]
            if others:
                pool = others[0]
            else:
                self.queues = [self.rng.sample(p, len(p)) for p in self.pools]
        return self.queues[pool].pop().format(**self.names)

    def paragraph(self, count: int, pools: tuple[int, ...]) -> str:
        return " ".join(self.next(self.rng.choice(pools)) for _ in range(count))


def emphasize(rng: random.Random, paragraph: str) -> str:
    """Puts one sentence of the paragraph in bold, or two of its words in italics."""
    sentences = paragraph.split(". ")
    k = rng.randrange(len(sentences))
    sentence = sentences[k]
    if rng.random() < 0.5 and not any(c in sentence for c in "@[*"):
        core, end = (sentence[:-1], sentence[-1]) if sentence[-1] in ".?!" else (sentence, "")
        sentences[k] = f"**{core}**{end}"
    else:
        parts = sentence.split(" ")
        plain = [j for j in range(1, len(parts) - 2)
                 if parts[j].isalpha() and parts[j + 1].isalpha()]
        if plain:
            j = rng.choice(plain)
            parts[j], parts[j + 1] = "*" + parts[j], parts[j + 1] + "*"
        sentences[k] = " ".join(parts)
    return ". ".join(sentences)


# ---------------------------------------------------------------------------------------------
# One action.


def action_files(seed: int, index: int) -> tuple[str, dict[str, str], set[str]]:
    """The folder name, the files (name → text) and the shared actors used by action `index`."""
    rng = random.Random(f"recit-bench:{seed}:{index}")
    theme = THEMES[index % len(THEMES)]
    commune = rng.choice(COMMUNES)
    roles = theme["roles"]
    folder = f"{theme['slug']}-{index + 1:05d}"
    names = {
        "commune": commune, "sujet": roles["sujet"], "destinateur": roles["destinateur"],
        "adjuvant": roles["adjuvants"][0], "adjuvant2": roles["adjuvants"][1],
        "opposant": roles["opposants"][0], "destinataire": roles["destinataires"][0],
    }
    local = theme["acteurs"]
    year = 2012 + rng.randrange(13)
    month = 1 + rng.randrange(12)
    title = rng.choice(theme["titres"]).format(commune=commune) + f" (n° {index + 1})"
    markers = sorted(rng.sample(MARKERS, 2 + rng.randrange(3)), key=MARKERS.index)

    # Front matter of the carried narrative: every key of an action file.
    fm = ["---", f"titre: {yaml_text(title)}", yaml_block("resume", theme["resume"]).rstrip("\n"),
          f"type: {TYPES[index % len(TYPES)]}", f"date: {year}-{month:02d}",
          f"balises: {id_list(markers)}", "acteurs:"]
    for actor_id, (name, category, nature) in local.items():
        fm.append(f"  {actor_id}:")
        fm.append(f"    nom: {yaml_text(name)}")
        fm.append(f"    categorie: {category}")
        fm.append(f"    nature: {nature}")
        if rng.random() < 0.5:
            fm.append(f"    description: {yaml_text(name + ' de ' + commune)}")
    fm.append(f"narrateur: {roles['sujet']}")
    fm.append("schema:")
    fm.append(f"  destinateur: {roles['destinateur']}")
    fm.append(f"  sujet: {roles['sujet']}")
    fm.append(f"  objet: {yaml_text(theme['objet'])}")
    for role in ("destinataires", "adjuvants", "opposants"):
        fm.append(f"  {role}: {id_list(roles[role])}")
    fm.append("quete:")
    for label, actors, what, influence in theme["etapes"]:
        fm.append(f'  - etape: "{label}"' if rng.random() < 0.5 else f"  - etape: {label}")
        if len(actors) == 1 and rng.random() < 0.5:
            fm.append(f"    acteur: {actors[0]}")
        else:
            fm.append(f"    acteurs: {id_list(actors)}")
        fm.append(f"    action: {yaml_text(what)}")
        if influence:
            fm.append(f"    influence: {id_list(influence)}")
    fm.append("influences:")
    for source, target, text in theme["influences"]:
        quote = '"' if source[0].isdigit() else ""
        fm.append(f"  - de: {quote}{source}{quote}")
        quote = '"' if target[0].isdigit() else ""
        fm.append(f"    sur: {quote}{target}{quote}")
        fm.append(f"    texte: {yaml_text(text)}")
    fm.append("benefices:")
    for receiver in roles["destinataires"]:
        dimension, text = theme["benefices"][receiver]
        fm.append(f"  - pour: {receiver}")
        fm.append(f"    dimension: {dimension}")
        fm.append(f"    texte: {yaml_text(text)}")
    fm.append(yaml_block("arbitrage", theme["arbitrage"]).rstrip("\n"))
    fm.append("---")

    # Body of the carried narrative: about 500 words.
    sentences = Sentences(rng, [theme["phrases"], COMMON_CARRIED], names)
    heads = rng.choice(HEADINGS_CARRIED)
    link = f"https://example.org/{slug(commune)}/{folder}"
    intro = emphasize(rng, sentences.paragraph(5, (0, 0, 1)))
    second = (sentences.paragraph(4, (0, 1)) + f" Le dossier complet est [en ligne]({link}), "
              "avec les délibérations et les comptes rendus.")
    steps = "\n".join(f"{n}. {what} (@{actors[0]})." for n, (_, actors, what, _) in
                      enumerate(theme["etapes"], 1))
    table = ["| Acteur | Ce qu'il cherche | Ce qu'il craignait |", "| --- | --- | --- |"]
    for actor_id, wants, fears in theme["table"]:
        name = local.get(actor_id, SHARED_ACTORS.get(actor_id, ("",)))[0]
        table.append(f"| {name} (@{actor_id}) | {wants} | {fears} |")
    lessons = "\n".join(f"- {lesson} ;" for lesson in rng.sample(LESSONS, 3))
    lessons = lessons[:-2] + "."
    parts = [f"## {heads[0]}", wrap(intro), wrap(second), f"## {heads[1]}", steps,
             wrap(sentences.paragraph(4, (0, 1))), "\n".join(table), f"## {heads[2]}",
             "Trois leçons, que nous partageons volontiers :", lessons]
    closing: list[str] = []
    while words("\n".join(parts + closing)) < 500:
        closing.append(sentences.next(rng.choice((0, 1, 1))))
    parts.append(wrap(emphasize(rng, " ".join(closing))))
    carried = "\n".join(fm) + "\n\n" + "\n\n".join(parts) + "\n"

    files = {"action.md": carried}
    files.update(other_narrative(rng, theme, names, commune, year, "alternatif"))
    files.update(other_narrative(rng, theme, names, commune, year, "contradictoire"))
    named = {actor for ids in roles.values() for actor in ([ids] if isinstance(ids, str) else ids)}
    named |= {actor for _, actors, _, influence in theme["etapes"] for actor in actors + influence}
    named |= {end for source, target, _ in theme["influences"] for end in (source, target)}
    shared = named & set(SHARED_ACTORS)
    return folder, files, shared


def other_narrative(rng: random.Random, theme: dict, names: dict[str, str], commune: str,
                    year: int, stance: str) -> dict[str, str]:
    """An `alternatif` narrative (own objet and quete) or a `contradictoire` one (partial
    schema and desaccords), about 250 words."""
    spec = theme[stance]
    narrator, title, objet, own = spec[0], spec[1], spec[2], spec[3]
    roles = theme["roles"]
    fm = ["---", f"narrateur: {narrator}", f"posture: {stance}", f"titre: {yaml_text(title)}",
          f"date: {year + 1}", "schema:"]
    # A narrative that tells its own objet or sujet inherits no role of the carried one
    # (roles-non-dits): the roles it does not change are written out again.
    if stance == "alternatif":
        fm.append(f"  destinateur: {roles['destinateur']}")
        fm.append(f"  sujet: {roles['sujet']}")
        fm.append(f"  objet: {yaml_text(objet)}")
        fm.append(f"  adjuvants: {id_list(roles['adjuvants'])}")
        fm.append(f"  opposants: {id_list(roles['opposants'])}")
        fm.append(f"  destinataires: {id_list([narrator, roles['destinataires'][0]])}"
                  if narrator not in roles["destinataires"] else
                  f"  destinataires: {id_list(roles['destinataires'])}")
        fm.append("quete:")
        steps = theme["etapes"]
        for n, (_, actors, what, _) in enumerate([steps[0], steps[2], steps[4]]):
            fm.append(f'  - etape: "{n}"')
            fm.append(f"    acteurs: {id_list(actors)}")
            fm.append(f"    action: {yaml_text(what)}")
    else:
        fm.append(f"  destinateur: {roles['destinateur']}")
        fm.append(f"  sujet: {narrator}")
        fm.append(f"  objet: {yaml_text(objet)}")
        fm.append(f"  destinataires: {id_list(roles['destinataires'])}")
        fm.append("  adjuvants: []")
        fm.append(f"  opposants: {id_list([roles['sujet']])}")
        fm.append("desaccords:")
        fm.append("  - sur: objet")
        goal = theme["objet"][0].lower() + theme["objet"][1:]
        fm.append(f"    texte: {yaml_text(f'Nous ne résumons pas cette action à « {goal} »')}")
        for text in spec[4]:
            fm.append(f"  - sur: {yaml_text(text)}")
        fm.append("  - sur: opposants")
        fm.append(f"    texte: {yaml_text('Nous ne sommes pas des opposants, mais des acteurs à part entière')}")
    fm.append("---")
    sentences = Sentences(rng, [own, COMMON_OTHER], names)
    parts = [f"## {rng.choice(HEADINGS_OTHER)}", wrap(emphasize(rng, sentences.paragraph(4, (0, 0, 1))))]
    parts.append("\n".join(f"- {sentences.next(0)}" for _ in range(2)))
    if stance == "contradictoire":
        parts.append("> " + sentences.next(1))
    link = f"https://example.org/{slug(commune)}/{theme['slug']}/{narrator}"
    tail = [f"Notre position détaillée est [publiée ici]({link})."]
    while words("\n".join(parts + tail)) < 250:
        tail.append(sentences.next(rng.choice((0, 1))))
    parts.append(wrap(" ".join(tail)))
    return {f"{narrator}.md": "\n".join(fm) + "\n\n" + "\n\n".join(parts) + "\n"}


# ---------------------------------------------------------------------------------------------
# The project.


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def generate(root: str, count: int, seed: int) -> tuple[int, int]:
    """Writes the project; returns the number of files and of body words written."""
    os.makedirs(os.path.join(root, "actions"), exist_ok=True)
    used: set[str] = set()
    file_count, word_count = 2, 0
    for index in range(count):
        folder, files, shared = action_files(seed, index)
        used |= shared
        path = os.path.join(root, "actions", folder)
        os.makedirs(path, exist_ok=True)
        for name, text in files.items():
            write(os.path.join(path, name), text)
            word_count += words(text.split("\n---\n", 1)[1])
        file_count += len(files)
    write(os.path.join(root, "recit.yml"),
          "territoire: Banc d'essai\n"
          f"titre: {count} actions de transition, générées pour les mesures\n"
          "langue: fr\n"
          # The themes' actors do not cover the four families in every action; the corpus
          # measures speed, not the territory's balance.
          "regles:\n  famille-absente: desactivee\n"
          "auteurs: [scripts/generate-project.py]\n"
          f"description: Corpus synthétique, graine {seed}, {count} actions de trois récits chacune.\n")
    actors = ["# Acteurs partagés par toutes les actions (ceux que les actions désignent)."]
    for actor_id, (name, category, nature, description) in SHARED_ACTORS.items():
        if actor_id not in used:
            continue
        actors.append(f"{actor_id}:")
        actors.append(f"  nom: {yaml_text(name)}")
        actors.append(f"  categorie: {category}")
        actors.append(f"  nature: {nature}")
        if description:
            actors.append(f"  description: {yaml_text(description)}")
    write(os.path.join(root, "acteurs.yml"), "\n".join(actors) + "\n")
    return file_count, word_count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="generate-project.py", add_help=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Écrit un projet recit synthétique de N actions pour les mesures de performance :\n"
            "chaque action est un dossier avec toutes les clés du format et trois récits\n"
            "(porté ~500 mots, alternatif et contradictoire ~250 mots). Même N et même graine\n"
            "donnent un corpus identique à l'octet près.\n\n"
            "Writes a synthetic recit project of N actions for benchmarks: each action is a\n"
            "folder with every key of the format and three narratives (carried ~500 words,\n"
            "alternative and contradictory ~250 words). The same N and seed give a\n"
            "byte-identical corpus."),
        epilog=("Exemple / example:\n  scripts/generate-project.py /tmp/banc -n 2000 --seed 7\n"
                "  recit check /tmp/banc"))
    parser.add_argument("dir", metavar="DIR",
                        help="dossier du projet à écrire / folder of the project to write")
    parser.add_argument("-n", "--actions", type=int, default=DEFAULT_ACTIONS, metavar="N",
                        help=f"nombre d'actions (défaut : {DEFAULT_ACTIONS}) / number of actions "
                             f"(default: {DEFAULT_ACTIONS})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S",
                        help=f"graine (défaut : {DEFAULT_SEED}) / seed (default: {DEFAULT_SEED})")
    parser.add_argument("--force", action="store_true",
                        help="écrire même si DIR n'est pas vide (ne supprime rien) / write even "
                             "if DIR is not empty (deletes nothing)")
    parser.add_argument("-h", "--help", action="help",
                        help="afficher cette aide / show this help")
    args = parser.parse_args(argv)
    if args.actions < 0:
        parser.error("N doit être positif ou nul / N must be zero or more")
    if os.path.exists(args.dir) and not os.path.isdir(args.dir):
        print(f"generate-project.py: {args.dir} n'est pas un dossier / is not a folder",
              file=sys.stderr)
        return 2
    if os.path.isdir(args.dir) and os.listdir(args.dir) and not args.force:
        print(f"generate-project.py: {args.dir} n'est pas vide ; --force pour y écrire quand même "
              f"/ is not empty; --force to write into it anyway", file=sys.stderr)
        return 2
    files, body_words = generate(args.dir, args.actions, args.seed)
    print(f"{args.actions} actions, {files} fichiers, {body_words} mots de récit → {args.dir}"
          f" / {args.actions} actions, {files} files, {body_words} body words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
