"""Names of medicines that AllGuide searches but never shows, and facts about brands.

A search-only name (an agent's ``other_names``) still opens that medicine's page when
typed, so it claims the two are one medicine. docs/content.md ("Search words"): each
such name is given, in the comment right above it, by a named public record for this
very medicine (MeSH, an NCI dictionary, a label, a maker's release); a name no record
gives is searched nowhere.
"""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest

from allguide.content import LoadResult, language_dir
from allguide.content.model import Agent

AGENTS = language_dir("en") / "agents.yaml"

ID_LINE = re.compile(r"^  - id: (?P<id>\S+)")
NAMES_LINE = re.compile(r"^\s+other_names:")
RECORD_LINE = re.compile(r"^\s+#   (?P<name>[^\s:][^:]*):\s+(?P<record>\S.*)$")
MORE_LINE = re.compile(r"^\s+#     (?P<more>\S.*)$")

# Names no public record was found for, when this rule came in: searched nowhere.
UNBACKED = ["colaspase", "cytophosphane", "hydroxydaunorubicin", "hydroxydaunomycin",
            "SNDX-5613"]  # fmt: skip


def records_above_other_names(path: Traversable) -> dict[str, dict[str, str]]:
    """Per agent id, the ``name: record`` comment lines right above its ``other_names``."""
    lines = path.read_text("utf-8").splitlines()
    found: dict[str, dict[str, str]] = {}
    agent = ""
    for number, line in enumerate(lines):
        if match := ID_LINE.match(line):
            agent = match["id"]
        if not NAMES_LINE.match(line):
            continue
        block: list[str] = []
        for above in reversed(lines[:number]):
            if not above.lstrip().startswith("#"):
                break
            block.insert(0, above)
        records: dict[str, str] = {}
        last = ""
        for comment in block:
            if match := RECORD_LINE.match(comment):
                last = match["name"].strip()
                records[last] = match["record"].strip()
            elif (more := MORE_LINE.match(comment)) and last:
                records[last] += " " + more["more"]
        found[agent] = records
    return found


def test_every_search_only_name_has_its_public_record(bundled: LoadResult) -> None:
    records = records_above_other_names(AGENTS)
    named = {a.id: a.other_names for a in bundled.content.agents if a.other_names}
    assert set(records) == set(named)
    for agent_id, names in named.items():
        assert list(records[agent_id]) == list(names), agent_id  # each name, in order
        for name, record in records[agent_id].items():
            assert len(record.split()) >= 3, f"{agent_id}: {name}: {record!r}"


def test_a_name_without_its_record_is_found(tmp_path: Path) -> None:
    """The check reads the file: a name added with no comment above it is caught."""
    text = AGENTS.read_text("utf-8").replace(
        "other_names: [Decadron]", "other_names: [Decadron, Dexamethasone Intensol]"
    )
    copy = tmp_path / "agents.yaml"
    copy.write_text(text, "utf-8")
    assert list(records_above_other_names(copy)["dexamethasone"]) == ["Decadron"]


@pytest.mark.parametrize("name", UNBACKED)
def test_a_name_no_record_backs_is_searched_nowhere(bundled: LoadResult, name: str) -> None:
    content = bundled.content
    assert name.casefold() not in {n.casefold() for a in content.agents for n in a.other_names}
    assert name.casefold() not in {w.casefold() for s in content.synonyms for w in s.words}


def test_a_brand_whose_label_lists_cml_only_says_it_is_not_approved_for_all(
    bundled: LoadResult,
) -> None:
    """Bosulif's label lists chronic myeloid leukaemia only (checked on its label), like
    Jakafi's and Jakavi's: the page says so, with the label's own marker."""
    bosutinib = bundled.content.get("bosutinib")
    assert isinstance(bosutinib, Agent)
    assert "Bosulif is not approved for treating ALL.[^label-bosulif]" in bosutinib.body
