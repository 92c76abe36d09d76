"""Editors' corrections on SQLite and PostgreSQL: they win over the machine, and they survive
re-extracting a document and rebuilding partnerships."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from store_builders import migrated_factory
from story_builders import DA_LAT, DORMANT_AFTER_YEARS, HANOI, HCMC, TODAY, TURIN, Story, stories

from citypact.errors import AccountError, CurationError, NotFoundError
from citypact.resolve.partnerships import partnership_id
from citypact.settings import Settings
from citypact.store import (
    LinkFilters,
    get_extraction,
    list_links,
    rebuild_partnerships,
    save_extraction,
)
from citypact.store.accounts import (
    add_user,
    list_users,
    remove_user,
    sign_in,
    sign_out,
    signed_in_editor,
)
from citypact.store.curation import (
    LinkChanges,
    confirm_entity,
    fix_resolution,
    judge_link,
    merge_entities,
)
from citypact.store.queries.curation import entity_curation, link_verdicts, list_audit
from citypact.store.tables import (
    CorrectionRow,
    DocumentRow,
    PartnershipLinkRow,
    PartnershipRow,
    PlaceRow,
    UserRow,
    UserSessionRow,
)

DA_LAT_ANNECY = partnership_id(["Da Lat", "Annecy"])
HANOI_TURIN = partnership_id(["Hanoi", "Turin"])
HCMC_TURIN = partnership_id(["Ho Chi Minh City", "Turin"])


@pytest.fixture
def session(store_url: str) -> Iterator[Session]:
    with migrated_factory(store_url) as factory, factory() as session:
        yield session


def settings() -> Settings:
    return Settings(database_url="sqlite://", dormant_after_years=DORMANT_AFTER_YEARS)


def rebuild(session: Session) -> None:
    rebuild_partnerships(session, settings(), today=dt.date.fromisoformat(TODAY))


def story(file: str) -> Story:
    return next(s for s in stories() if s.file == file)


def save(session: Session, chosen: Story) -> str:
    article = chosen.article()
    save_extraction(session, article, chosen.extraction(article))
    return article.id


def reextract(session: Session, chosen: Story) -> str:
    """The document deleted with everything the machine read, then stored again."""
    doc_id = chosen.article().id
    session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
    session.commit()
    return save(session, chosen)


@pytest.fixture
def stored(session: Session) -> Session:
    for each in stories():
        save(session, each)
    rebuild(session)
    return session


def link_keys(session: Session) -> set[tuple[str, int]]:
    return {(r.document_id, r.position) for r in list_links(session, limit=100).items}


def members(session: Session, pid: str) -> set[str]:
    return set(session.scalars(select(PartnershipLinkRow.document_id)
                               .where(PartnershipLinkRow.partnership_id == pid)))


def test_a_rejected_link_leaves_lists_and_partnerships_even_after_reextraction(
        stored: Session) -> None:
    doc = story("hcmc-turin-2024.txt").article().id
    judge_link(stored, "ada", doc, 0, "reject")
    rebuild(stored)
    assert (doc, 0) not in link_keys(stored)
    assert stored.get(PartnershipRow, HCMC_TURIN) is None
    assert list_links(stored, LinkFilters(document=doc)).total == 0
    reextract(stored, story("hcmc-turin-2024.txt"))
    rebuild(stored)
    assert (doc, 0) not in link_keys(stored)
    assert stored.get(PartnershipRow, HCMC_TURIN) is None
    assert len(get_extraction(stored, doc).links) == 1  # the machine's output is kept


def test_confirming_a_rejected_link_brings_it_back(stored: Session) -> None:
    doc = story("hcmc-turin-2024.txt").article().id
    judge_link(stored, "ada", doc, 0, "reject")
    judge_link(stored, "bob", doc, 0, "confirm")
    rebuild(stored)
    assert (doc, 0) in link_keys(stored)
    assert link_verdicts(stored, [(doc, 0)])[(doc, 0)].verdict == "confirmed"
    assert link_verdicts(stored, [(doc, 0)])[(doc, 0)].username == "bob"
    assert [c.superseded for c in stored.scalars(select(CorrectionRow)
                                                 .order_by(CorrectionRow.id))] == [True, False]


def test_a_corrected_link_wins_over_the_machine_and_over_reextraction(stored: Session) -> None:
    doc = story("hcmc-turin-2024.txt").article().id
    judge_link(stored, "ada", doc, 0, "correct",
               LinkChanges(kind="agreement", date="2024-01", sectors=("education_research",)))
    rebuild(stored)
    for _ in range(2):
        (record,) = list_links(stored, LinkFilters(document=doc)).items
        assert (record.link.kind, record.link.date, record.link.sectors) == (
            "agreement", "2024-01", ("education_research",))
        partnership = stored.get(PartnershipRow, HCMC_TURIN)
        assert partnership is not None and partnership.kind == "agreement"
        assert list_links(stored, LinkFilters(sector="education_research")).total == 2
        reextract(stored, story("hcmc-turin-2024.txt"))
        rebuild(stored)
    assert link_verdicts(stored, [(doc, 0)])[(doc, 0)].verdict == "corrected"


def test_a_correction_that_changes_nothing_or_is_invalid_is_refused(stored: Session) -> None:
    doc = story("hcmc-turin-2024.txt").article().id
    with pytest.raises(CurationError, match="nothing"):
        judge_link(stored, "ada", doc, 0, "correct", LinkChanges(kind="proposal"))
    with pytest.raises(CurationError, match="kind"):
        judge_link(stored, "ada", doc, 0, "correct", LinkChanges(kind="friendship"))
    with pytest.raises(CurationError, match="date"):
        judge_link(stored, "ada", doc, 0, "correct", LinkChanges(date="January 2024"))
    with pytest.raises(NotFoundError):
        judge_link(stored, "ada", doc, 7, "confirm")


def test_a_merge_makes_one_entity_read_as_the_other_whatever_is_ingested_later(
        session: Session) -> None:
    save(session, story("hanoi-turin-courier.txt"))
    save(session, story("hcmc-turin-2024.txt"))
    merge_entities(session, "ada", HCMC.id, HANOI.id)  # a wrong merge, but a clear test
    rebuild(session)
    assert session.get(PlaceRow, HCMC.id) is None
    assert session.get(PartnershipRow, HCMC_TURIN) is None
    assert len(members(session, HANOI_TURIN)) == 2
    save(session, story("hanoi-turin-reprint.txt"))
    reextract(session, story("hcmc-turin-2024.txt"))
    rebuild(session)
    assert session.get(PlaceRow, HCMC.id) is None
    assert len(members(session, HANOI_TURIN)) == 3
    doc = get_extraction(session, story("hcmc-turin-2024.txt").article().id)
    assert [p.id for p in doc.places] == [HANOI.id, TURIN.id]
    assert entity_curation(session, HANOI.id).merged == ("Ho Chi Minh City",)


def test_merging_needs_two_entities_of_one_kind(stored: Session) -> None:
    with pytest.raises(CurationError):
        merge_entities(stored, "ada", HANOI.id, HANOI.id)
    with pytest.raises(CurationError, match="organization"):
        merge_entities(stored, "ada", HANOI.id, "org:dalat-university")
    with pytest.raises(NotFoundError):
        merge_entities(stored, "ada", "geonames:0", HANOI.id)


def test_a_fixed_resolution_changes_the_place_of_one_document_only(stored: Session) -> None:
    hcmc_doc = story("hcmc-turin-2024.txt").article().id
    fix_resolution(stored, "ada", hcmc_doc, HCMC.id, DA_LAT.id)
    rebuild(stored)
    assert stored.get(PartnershipRow, partnership_id(["Da Lat", "Turin"])) is not None
    reextract(stored, story("hcmc-turin-2024.txt"))
    rebuild(stored)
    doc = get_extraction(stored, hcmc_doc)
    assert doc.places[0].id == DA_LAT.id
    assert doc.links[0].parties == ("Da Lat", "Turin")
    assert stored.get(PlaceRow, HCMC.id) is not None  # other documents may still name it
    with pytest.raises(NotFoundError):
        fix_resolution(stored, "ada", hcmc_doc, HANOI.id, TURIN.id)


def test_a_link_correction_follows_a_later_merge(session: Session) -> None:
    doc = save(session, story("hcmc-turin-2024.txt"))
    judge_link(session, "ada", doc, 0, "reject")
    save(session, story("hanoi-turin-courier.txt"))
    merge_entities(session, "ada", HCMC.id, HANOI.id)
    reextract(session, story("hcmc-turin-2024.txt"))
    rebuild(session)
    assert link_verdicts(session, [(doc, 0)])[(doc, 0)].verdict == "rejected"


def test_confirmed_entities_and_the_audit_log(stored: Session) -> None:
    confirm_entity(stored, "ada", TURIN.id)
    doc = story("hcmc-turin-2024.txt").article().id
    judge_link(stored, "bob", doc, 0, "correct", LinkChanges(date="2024"))
    curation = entity_curation(stored, TURIN.id)
    assert curation.confirmed is not None and curation.confirmed.username == "ada"
    audit = list_audit(stored).items
    assert [(a.username, a.action) for a in audit] == [("bob", "link.correct"),
                                                       ("ada", "entity.confirm")]
    assert audit[0].before is not None and audit[0].before["date"] is None
    assert audit[0].after is not None and audit[0].after["date"] == "2024"


def test_accounts_hash_passwords_and_sessions_hash_tokens(session: Session) -> None:
    add_user(session, "ada", "correct horse battery")
    stored = session.scalars(select(UserRow)).one()
    assert stored.password_hash.startswith("$argon2id$")
    assert "correct horse" not in stored.password_hash
    with pytest.raises(AccountError, match="exists"):
        add_user(session, "ada", "another password")
    with pytest.raises(AccountError, match="at least"):
        add_user(session, "bob", "short")
    with pytest.raises(AccountError, match="invalid user name"):
        add_user(session, "bob smith", "long enough password")
    with pytest.raises(AccountError, match="wrong user name or password"):
        sign_in(session, "ada", "wrong horse battery")
    with pytest.raises(AccountError, match="wrong user name or password"):
        sign_in(session, "nobody", "correct horse battery")
    tokens = sign_in(session, "ada", "correct horse battery")
    row = session.scalars(select(UserSessionRow)).one()
    assert row.token_hash != tokens.token and tokens.token not in row.token_hash
    editor = signed_in_editor(session, tokens.token)
    assert editor is not None and editor.username == "ada"
    assert editor.csrf_token == tokens.csrf_token
    assert signed_in_editor(session, "forged") is None
    sign_out(session, tokens.token)
    assert signed_in_editor(session, tokens.token) is None


def test_an_expired_session_signs_nobody_in(session: Session) -> None:
    add_user(session, "ada", "correct horse battery")
    tokens = sign_in(session, "ada", "correct horse battery", lifetime=dt.timedelta(0))
    assert signed_in_editor(session, tokens.token) is None


def test_removing_a_user_keeps_their_corrections(stored: Session) -> None:
    add_user(stored, "ada", "correct horse battery")
    sign_in(stored, "ada", "correct horse battery")
    confirm_entity(stored, "ada", TURIN.id)
    remove_user(stored, "ada")
    assert list_users(stored) == ()
    assert stored.scalars(select(UserSessionRow)).all() == []
    assert entity_curation(stored, TURIN.id).confirmed is not None
    with pytest.raises(NotFoundError):
        remove_user(stored, "ada")
    assert [a.action for a in list_audit(stored).items] == [
        "user.remove", "entity.confirm", "user.add"]
