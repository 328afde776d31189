"""Result page: the overall banner, the scope gate, one card per practice with facts, quotes in
context and the cited legal passages."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import t
from ui.widgets import (
    badge,
    banner,
    esc,
    law_badge,
    legal_text,
    practice_label,
    question_text,
    quote_html,
    safe_url,
    value_badge,
    verdict_word,
)


def show_ingest_errors() -> None:
    for name, message in st.session_state.get(state.ERRORS_KEY, []):
        st.error(t("screen.not_screened", name=name, message=message), icon=":material/warning:")


def render() -> None:
    st.header(t("page.result"))
    show_ingest_errors()
    doc = state.doc_picker()
    if doc is None:
        return
    render_report(doc)


def render_report(doc: state.ScreenedDoc) -> None:
    report = doc.report
    info = report.document
    banner(
        report.overall,
        t("result.overall", verdict=verdict_word(report.overall), name=info.name),
        t(f"result.overall_help.{report.overall}"),
        css_class="a5-overall",
    )
    meta = [
        t("result.as_of", date=report.as_of.isoformat()),
        t("result.extractor", extractor=report.extractor + (f" ({report.model})" if report.model else "")),
        t("result.corpus", version=report.corpus_version),
        t("result.lang", code=info.lang.upper()),
    ]
    if info.pages:
        meta.append(t("result.pages", n=info.pages))
    meta.append(f"SHA-256 {info.sha256[:12]}…")
    st.caption(" · ".join(meta))
    st.caption(t("result.disclaimer"))
    for w in report.warnings:
        st.warning(w)

    # ---------------------------------------------------------------- scope gate
    scope = report.scope
    with st.container(border=True, key="scope-gate"):
        st.markdown(
            f"**{esc(t('scope.title'))}** &nbsp; {badge(scope.verdict, t('scope.' + scope.verdict))}",
            unsafe_allow_html=True,
        )
        st.caption(t(f"scope.help.{scope.verdict}"))
        with st.expander(t("scope.details", n=len(scope.conditions))):
            for cond in scope.conditions:
                render_condition(cond, doc.text)
            if scope.trace:
                st.markdown("**" + t("result.trace") + "**")
                st.code("\n".join(scope.trace), language=None, wrap_lines=True)

    # ---------------------------------------------------------------- practices
    st.subheader(t("result.practices"))
    order = {"prohibited": 0, "needs_review": 1, "not_prohibited": 2}
    practices = sorted(report.practices, key=lambda p: (order.get(p.verdict, 3), report.practices.index(p)))
    for p in practices:
        render_practice(p, doc.text)


def render_practice(p, doc_text: str | None) -> None:
    key = "card-" + p.id.replace(".", "-")
    with st.container(border=True, key=key):
        state_word = p.verdict if p.applicable else "not_applicable"
        word = verdict_word(p.verdict) if p.applicable else t("verdict.not_applicable")
        st.markdown(f"#### {esc(practice_label(p.id, p.title))} &nbsp; {badge(state_word, word)}",
                    unsafe_allow_html=True)
        if p.applicable:
            st.caption(t("card.applicable_since", date=p.applies_from.isoformat()))
        else:
            st.markdown(
                t(
                    "card.applies_from",
                    date=p.applies_from.isoformat(),
                    verdict=verdict_word(p.verdict_when_applicable),
                )
            )
        deciding = next((c for c in p.conditions if c.id == p.deciding_condition), None)
        if deciding is not None:
            st.markdown(
                t(
                    "card.deciding",
                    question=question_text(deciding.id, deciding.question),
                    value=t("value." + deciding.value),
                    id=deciding.id,
                )
            )
        elif p.deciding_condition:
            st.markdown(t("card.deciding_id", id=p.deciding_condition))
        flagged = p.verdict != "not_prohibited" or p.verdict_when_applicable != "not_prohibited"
        with st.expander(t("card.facts", n=len(p.conditions)), expanded=flagged):
            for cond in p.conditions:
                render_condition(cond, doc_text)
            if p.trace:
                st.markdown("**" + t("result.trace") + "**")
                st.code("\n".join(p.trace), language=None, wrap_lines=True)
        if p.citations:
            st.markdown("**" + t("card.citations", n=len(p.citations)) + "**")
            for c in p.citations:
                render_citation(c)


def render_condition(cond, doc_text: str | None) -> None:
    tag = f" <em>({esc(t('card.exception'))})</em>" if cond.exception else ""
    st.markdown(
        f"{value_badge(cond.value)} &nbsp;<code>{esc(cond.id)}</code>{tag} "
        f"{esc(question_text(cond.id, cond.question))}",
        unsafe_allow_html=True,
    )
    if cond.rationale:
        st.caption(t("card.rationale", text=cond.rationale))
    if cond.demoted_reason:
        st.caption(":material/warning: " + t("card.demoted", reason=cond.demoted_reason))
    for q in cond.quotes:
        st.markdown(quote_html(doc_text, q), unsafe_allow_html=True)


def render_citation(c) -> None:
    icon = ":material/gavel:" if c.binding else ":material/menu_book:"
    label = f"{icon} {c.unit_id} · {t('law.binding' if c.binding else 'law.guidance')} · {c.title} ({c.lang.upper()})"
    with st.expander(label):
        st.markdown(law_badge(c.binding) + f" &nbsp;<code>{esc(c.kind)}</code>", unsafe_allow_html=True)
        legal_text(c.text)
        url = safe_url(c.eurlex_url)
        if url:
            st.markdown(f"[{t('law.eurlex')} ↗]({url})")
