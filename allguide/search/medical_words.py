"""Medicines and medical words a family may meet that no page covers: real, never "corrected".

A general word list does not know most medicine names, so search would take
"prednisone" for a typo and search "prednisolone", a different medicine. The
names here are real: search names them as words no page uses, and may offer a
page's word that looks alike only as a "Did you mean" suggestion.

Only names no page uses belong here (tests/test_search_engine.py holds that): a
name the content covers, or another name for a medicine it covers (pegaspargase
is a form of asparaginase), goes on that page or in synonyms.yaml instead.
Medicine names are written alike in the supported languages; the list is used
for all of them. A name of several words is named whole ("6-MP").
"""

from __future__ import annotations

MEDICAL_WORDS: tuple[str, ...] = (
    # Chemotherapy medicines the source does not name, and their letter abbreviations.
    "mercaptopurine", "6-MP", "6MP", "Purinethol", "Purixan",
    "thioguanine", "tioguanine", "6-TG", "6TG", "Lanvis", "Tabloid",
    "daunorubicin", "daunomycin", "DNR", "Cerubidine", "idarubicin", "epirubicin",
    "mitoxantrone", "etoposide", "VP-16", "VP16", "teniposide",
    "nelarabine", "clofarabine", "fludarabine", "hydroxyurea", "hydroxycarbamide",
    "busulfan", "busulphan", "melphalan", "thiotepa", "ifosfamide", "carboplatin", "cisplatin",
    "vinblastine", "vindesine", "bleomycin", "bendamustine", "azacitidine", "decitabine",
    "venetoclax", "navitoclax", "bortezomib", "carfilzomib",
    # Steroids other than the three the source names, and their label names.
    "prednisone", "Deltasone", "Rayos", "methylprednisolone", "Medrol", "Solu-Medrol",
    "Depo-Medrol", "cortisone", "budesonide",
    # Targeted medicines, antibodies and menin inhibitors the source does not name.
    "asciminib", "olverembatinib", "rituximab", "ofatumumab", "obinutuzumab",
    "daratumumab", "alemtuzumab", "tocilizumab", "siltuximab", "anakinra",
    "ziftomenib", "bleximenib", "enzomenib",
    # Medicines given beside treatment: against sickness, infection, for the kidneys and blood.
    "leucovorin", "levoleucovorin", "folinic", "folinate", "glucarpidase", "rasburicase",
    "allopurinol", "mesna", "dexrazoxane", "ondansetron", "granisetron", "palonosetron",
    "aprepitant", "metoclopramide", "domperidone", "cyclizine", "levomepromazine",
    "cotrimoxazole", "co-trimoxazole", "Septrin", "Bactrim", "trimethoprim",
    "sulfamethoxazole", "pentamidine", "dapsone", "atovaquone", "fluconazole", "itraconazole",
    "posaconazole", "voriconazole", "isavuconazole", "amphotericin", "AmBisome",
    "caspofungin", "micafungin", "aciclovir", "acyclovir", "valaciclovir", "valacyclovir",
    "ganciclovir", "valganciclovir", "letermovir", "foscarnet",
    "filgrastim", "pegfilgrastim", "lenograstim", "G-CSF", "GCSF", "levetiracetam", "Keppra",
    "omeprazole", "lansoprazole", "enoxaparin", "tranexamic", "paracetamol", "acetaminophen",
    "ibuprofen", "tacrolimus", "ciclosporin", "cyclosporine", "sirolimus", "mycophenolate",
    "IVIG",
    # Tests, procedures and medical words on letters that no page explains.
    "intrathecal", "lumbar puncture", "trephine", "MRD", "cytometry", "immunophenotyping",
    "cytogenetics", "karyotype", "hyperdiploid", "hyperdiploidy", "hypodiploid",
    "hypodiploidy", "ETV6-RUNX1", "TEL-AML1", "TCF3-PBX1", "iAMP21", "IKZF1", "CDKN2A",
    "portacath", "Hickman", "PICC", "nasogastric", "lysis", "pancreatitis", "thrombosis",
    "osteonecrosis", "neuropathy", "hyperglycaemia", "hyperglycemia", "cardiotoxicity",
    "GVHD", "engraftment", "chimerism", "echocardiogram",
)  # fmt: skip
