#!/usr/bin/env python3
"""Writes a synthetic recit project of N actions (each a folder with two narratives) for
benchmarks: scripts/generate-project.py DIR [N]."""
import os
import sys

root = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
os.makedirs(os.path.join(root, "actions"), exist_ok=True)
with open(os.path.join(root, "recit.yml"), "w", encoding="utf-8") as f:
    f.write("territoire: Banc d'essai\nlangue: fr\n")
with open(os.path.join(root, "acteurs.yml"), "w", encoding="utf-8") as f:
    f.write("mairie: { nom: Mairie, categorie: elu, nature: institution }\n"
            "habitants: { nom: Habitants, categorie: habitant }\n"
            "agents: { nom: Services, categorie: agent }\n")
paragraph = ("La mairie et les habitants ont préparé ensemble une action de transition ; "
             "@habitants en racontent les étapes, les obstacles et ce qu'ils y ont gagné. ") * 4
for i in range(count):
    folder = os.path.join(root, "actions", f"action-{i:05d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "action.md"), "w", encoding="utf-8") as f:
        f.write(f"""---
titre: Action numéro {i} — un marché à Malaunay
date: 2019-03
balises: [cooperation/1, engagement/2]
acteurs:
  amap: {{ nom: AMAP n°{i}, categorie: habitant }}
  producteurs: {{ nom: Producteurs, categorie: acteur-socio-economique }}
schema:
  destinateur: mairie
  sujet: mairie
  objet: Renforcer l'attractivité du centre-ville
  destinataires: [habitants, producteurs]
  adjuvants: [producteurs, agents]
  opposants: [amap]
quete:
  - etape: "0"
    acteurs: [mairie]
    action: Suggère de créer une AMAP
    influence: [amap]
  - etape: "1"
    acteur: amap
    action: Distribue des paniers
  - etape: "1 bis"
    acteurs: [producteurs]
    action: Préparent le marché
benefices:
  - pour: habitants
    dimension: effets-utiles
    texte: Des produits frais
  - pour: producteurs
    dimension: economique
    texte: Une clientèle fidèle
arbitrage: Un comité trimestriel.
---

## Le récit porté

{paragraph}

- une liste
- avec **du gras** et un [lien](https://example.org)
""")
    with open(os.path.join(folder, "amap.md"), "w", encoding="utf-8") as f:
        f.write(f"""---
narrateur: amap
posture: contradictoire
schema:
  sujet: amap
  opposants: [mairie]
desaccords:
  - sur: objet
    texte: Le marché ne doit pas se faire contre l'AMAP
---

{paragraph}
""")
