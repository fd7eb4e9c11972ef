"""The rule reference in docs/rules is generated from the docstrings and must match them."""

from __future__ import annotations

from pathlib import Path

from dataaudit.auditors import all_rules
from dataaudit.docgen import check_pages, main, write_pages

RULES_DIR = Path(__file__).resolve().parents[1] / "docs" / "rules"


def test_every_registered_rule_has_an_up_to_date_page():
    problems = check_pages(RULES_DIR)
    assert not problems, "\n".join(problems) + "\nRegenerate with: python -m dataaudit.docgen docs/rules"
    index = (RULES_DIR / "index.md").read_text(encoding="utf-8")
    for rule in all_rules(include_plugins=False):
        page = (RULES_DIR / f"{rule.code}.md").read_text(encoding="utf-8")
        assert rule.summary() in page and f"({rule.code}.md)" in index
        for section in rule.sections().values():
            assert section in page


def test_the_check_notices_missing_stale_and_orphaned_pages(tmp_path):
    write_pages(tmp_path)
    assert check_pages(tmp_path) == [] and main([str(tmp_path), "--check"]) == 0
    (tmp_path / "DA001.md").unlink()
    page = tmp_path / "DA002.md"
    page.write_text(page.read_text(encoding="utf-8").replace("ends early", "ends late"), encoding="utf-8")
    orphan = tmp_path / "DA099.md"
    orphan.write_text((tmp_path / "DA003.md").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("hand-written, left alone\n", encoding="utf-8")
    problems = check_pages(tmp_path)
    assert any("DA001.md is missing" in p for p in problems)
    assert any("DA002.md is stale" in p for p in problems)
    assert any("DA099.md documents a rule that no longer exists" in p for p in problems)
    assert main([str(tmp_path), "--check"]) == 1
    write_pages(tmp_path)
    assert check_pages(tmp_path) == [] and not orphan.exists() and (tmp_path / "notes.md").exists()
