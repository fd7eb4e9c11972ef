"""Run auditors over one shared context; a crashing auditor becomes a finding."""

from __future__ import annotations

import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from threadpoolctl import threadpool_limits

from dataaudit.auditors import AuditContext, Auditor
from dataaudit.engine.result_memo import ResultStore, decode_result, encode_result, result_key
from dataaudit.engine.rules import AuditorCrashed
from dataaudit.model.findings import Finding, make_fingerprint
from dataaudit.safety import is_out_of_memory

__all__ = ["AuditorRun", "run_auditors", "order_auditors", "checked_findings"]


@dataclass(frozen=True)
class AuditorRun:
    """How one auditor's run went: ``status`` is ``ok``, ``crashed`` or ``skipped``."""

    name: str
    code_prefix: str
    status: str
    seconds: float
    findings: int
    reason: str = ""

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "code_prefix": self.code_prefix,
            "status": self.status,
            "seconds": round(self.seconds, 4),
            "findings": self.findings,
            "reason": self.reason,
        }


def order_auditors(auditors: Sequence[Auditor]) -> list[Auditor]:
    """Registry order, except that an auditor runs after those named in its ``after``."""
    by_name = {a.name: a for a in auditors}
    ordered: list[Auditor] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(a: Auditor) -> None:
        if state.get(a.name) == 2:
            return
        if state.get(a.name) == 1:
            return  # a cycle: keep registry order for the rest
        state[a.name] = 1
        for dep in a.after:
            if dep in by_name:
                visit(by_name[dep])
        state[a.name] = 2
        ordered.append(a)

    for a in auditors:
        visit(a)
    return ordered


def crash_finding(auditor_name: str, exc: BaseException, what: str = "crashed") -> Finding:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    message = f"Auditor '{auditor_name}' {what}: {type(exc).__name__}: {exc}; its checks did not run."
    return Finding(
        code=AuditorCrashed.code,
        slug=AuditorCrashed.slug,
        severity=AuditorCrashed.severity,
        message=message,
        evidence={"auditor": auditor_name, "exception": type(exc).__name__, "detail": str(exc),
                  "traceback": trace[-4000:]},
        fingerprint=make_fingerprint(AuditorCrashed.code, (), auditor_name),
    )


def checked_findings(auditor: Auditor, produced: object) -> list[Finding]:
    """What run() produced as a list, or TypeError/ValueError when an item is not a Finding of its rules."""
    codes = {r.code for r in auditor.rules}
    findings = list(produced or [])  # type: ignore[call-overload]
    for f in findings:
        if not isinstance(f, Finding):
            raise TypeError(f"run() returned a {type(f).__name__}, not a Finding")
        if f.code not in codes:
            raise ValueError(f"run() returned code {f.code}, which is not among its rules ({', '.join(sorted(codes))})")
    return findings


def run_auditors(
    auditors: Sequence[Auditor], ctx: AuditContext, results: ResultStore | None = None
) -> tuple[list[Finding], list[AuditorRun]]:
    """Run each auditor (dependencies first); with ``results``, reuse stored results of unchanged inputs."""
    findings: list[Finding] = []
    runs: list[AuditorRun] = []
    keys: dict[str, str | None] = {}
    ordered = order_auditors(auditors)
    skipped = {a.name: a.skip_reason(ctx.dataset) for a in ordered}
    total = sum(reason is None for reason in skipped.values())
    position = 0
    for auditor in ordered:
        if skipped[auditor.name] is not None:
            runs.append(AuditorRun(auditor.name, auditor.code_prefix, "skipped", 0.0, 0, skipped[auditor.name]))
            continue
        position += 1
        started = time.perf_counter()
        key = keys[auditor.name] = result_key(auditor, ctx, keys) if results is not None else None
        stored = decode_result(results.get_result(key)) if results is not None and key is not None else None
        if stored is not None:
            produced, artifact = stored
            if artifact is not None:
                ctx.artifacts[auditor.name] = artifact
            status, reason = "ok", ""
            ctx.progress.stage(f"{auditor.name} ({position}/{total}, reused)").close()
        else:
            with ctx.progress.stage(f"{auditor.name} ({position}/{total})"):
                try:
                    # Auditors multiply many small matrices: a multi-threaded BLAS spends more on waking
                    # its threads than on the products, and on a busy machine (a training job beside
                    # the audit) its spinning threads stall for tens of times longer. Auditors that
                    # gain from parallelism run their own thread pools over chunks.
                    with threadpool_limits(limits=1, user_api="blas"):
                        produced = checked_findings(auditor, auditor.run(ctx))
                    status, reason = "ok", ""
                except Exception as exc:  # a bug in one auditor must not hide the others' findings
                    if is_out_of_memory(exc):  # not a bug: the machine's limit, which the next auditor meets too
                        raise MemoryError(f"auditor {auditor.name!r} ran out of memory ({exc})") from exc
                    produced = [crash_finding(auditor.name, exc)]
                    status, reason = "crashed", f"{type(exc).__name__}: {exc}"
                    keys[auditor.name] = None  # what runs after it must not reuse results built on its output
            if status == "ok" and key is not None and results is not None:
                blob = encode_result(produced, ctx.artifacts.get(auditor.name))
                if blob is not None:
                    results.put_result(key, blob)
        findings.extend(produced)
        runs.append(AuditorRun(auditor.name, auditor.code_prefix, status, time.perf_counter() - started,
                               len(produced), reason))
    return findings, runs
