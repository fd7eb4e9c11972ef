"""The ``dataaudit`` command: ``check`` (the CI gate), ``rules``, ``explain``, ``demo``.

Exit codes: 0 the gate passed, 1 the gate failed, 2 usage or input error, 141 the reader closed stdout (as SIGPIPE).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

from dataaudit._version import __version__
from dataaudit.errors import DataAuditError, ParameterError

__all__ = ["main", "build_parser"]

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
#: A reader that closed our stdout (``| head``): the status of a process ended by SIGPIPE (128 + 13).
EXIT_PIPE_CLOSED = 141


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: exit 2 without a traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"dataaudit: error: {message}\n")


def _key_value(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    key, value = text.split("=", 1)
    return key.strip(), value.strip()


def _add_check_arguments(p: argparse.ArgumentParser) -> None:
    from dataaudit.reporting.formats import FORMATS

    p.add_argument("path", nargs="?", default=None,
                   help="dataset folder, or a CSV/Parquet manifest (local, or a URL: s3://, gs://, az://, https://); "
                        "optional with --code: audit the code alone")
    p.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                   help="lowest severity that fails the gate (default: error)")
    p.add_argument("--select", default=None, metavar="CODES", help="comma-separated code prefixes to report (default: all)")
    p.add_argument("--ignore", default=None, metavar="CODES", help="comma-separated code prefixes not to report")
    p.add_argument("--format", default="text", choices=sorted(FORMATS), help="report format (default: text)")
    p.add_argument("--output", "-o", default=None, metavar="FILE", help="write the report to FILE (the summary still prints)")
    p.add_argument("--baseline", default=None, metavar="FILE", help="accept the findings recorded in this baseline")
    p.add_argument("--write-baseline", default=None, metavar="FILE", help="record the current findings as a baseline and exit 0")
    p.add_argument("--write-fixes", default=None, metavar="DIR", help="write fix files (manifests, code) into a new folder")
    p.add_argument("--overwrite", action="store_true", help="let --write-fixes replace existing files")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the feature cache")
    p.add_argument("--cache-path", default=None, metavar="FILE", help="SQLite cache file (default: user cache dir)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="decoding processes (default: all cores)")
    p.add_argument("--chunk-size", type=int, default=None, metavar="N",
                   help="images read at once from the scan's feature files; bounds memory (default: 16384)")
    p.add_argument("--max-image-bytes", type=int, default=None, metavar="N",
                   help="image files larger than this are reported (DA031), not read (default: 268435456)")
    p.add_argument("--validation-split", type=float, default=None, metavar="F",
                   help="for <class>/<image> folders: the fraction Keras's validation_split reserves")
    p.add_argument("--seed", type=int, default=None, metavar="N", help="the seed given to Keras with --validation-split")
    p.add_argument("--split-alias", action="append", type=_key_value, default=None, metavar="NAME=SPLIT",
                   help="treat folder/split NAME as train, val or test (repeatable)")
    p.add_argument("--path-column", default=None, help="manifest column holding image paths")
    p.add_argument("--label-column", default=None, help="manifest column holding labels")
    p.add_argument("--split-column", default=None, help="manifest column holding split names")
    p.add_argument("--group-column", default=None, metavar="NAME",
                   help="manifest column holding the group (patient, subject, video) each image belongs to")
    p.add_argument("--group-pattern", default=None, metavar="REGEX",
                   help="regular expression whose first (or 'group' named) capture in each image's path is its group")
    p.add_argument("--allow-outside-root", action="store_true", default=None,
                   help="let manifest paths point outside the manifest's folder")
    p.add_argument("--trust-pickles", action="store_true", default=None,
                   help="read per-split array files that need unpickling (runs code stored in them)")
    p.add_argument("--code", action="append", default=None, metavar="PATH",
                   help="training script, notebook or folder to analyse (repeatable)")
    p.add_argument("--set", action="append", type=_key_value, default=None, metavar="AUDITOR.PARAM=VALUE",
                   help="an auditor parameter, e.g. integrity.min_side=24 (value parsed as JSON when it can be)")
    p.add_argument("--config", default=None, metavar="PYPROJECT", help="read [tool.dataaudit] from this file")
    p.add_argument("--no-config", action="store_true", help="ignore pyproject.toml settings")
    p.add_argument("--no-progress", action="store_true", help="no progress bars (shown on a terminal only)")
    p.add_argument("--verbose", "-v", action="store_true", help="list every finding and fix")
    p.add_argument("--storage-option", action="append", default=None, metavar="KEY=VALUE",
                   help="an fsspec option for a dataset in object storage, e.g. anon=true or "
                   "client_kwargs.endpoint_url=URL (dotted keys nest; repeatable)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="scan on a Dask cluster: a scheduler address, or local[:N] to start N worker processes here")
    p.add_argument("--work-dir", default=None, metavar="URL",
                   help="where cluster workers write feature partitions (a path or URL all of them can reach)")


def build_parser() -> argparse.ArgumentParser:
    from dataaudit.reporting.formats import FORMATS

    parser = _Parser(prog="dataaudit", description="Audit a machine-learning dataset before training.")
    parser.add_argument("--version", action="version", version=f"dataaudit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    sub.required = True

    check = sub.add_parser("check", help="audit a dataset; exit 1 when the gate fails")
    _add_check_arguments(check)
    check.set_defaults(func=_cmd_check)

    rules = sub.add_parser("rules", help="list every rule code")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.set_defaults(func=_cmd_rules)

    explain = sub.add_parser("explain", help="show the documentation of a rule")
    explain.add_argument("code", help="a rule code, e.g. DA001")
    explain.set_defaults(func=_cmd_explain)

    demo = sub.add_parser("demo", help="generate an example dataset with planted problems and audit it")
    demo.add_argument("--dir", default="demo-data", help="where to generate the dataset (default: ./demo-data)")
    demo.add_argument("--format", default="text", choices=sorted(FORMATS))
    demo.add_argument("--output", "-o", default=None, metavar="FILE",
                      help="write the report to FILE, e.g. --format html -o demo-report.html")
    demo.set_defaults(func=_cmd_demo)
    return parser


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _check_options(args: argparse.Namespace) -> dict[str, Any]:
    """Only the options given on the command line, so they override pyproject.toml settings."""
    opts: dict[str, Any] = {}
    simple = {
        "fail_on": args.fail_on, "select": args.select, "ignore": args.ignore, "baseline": args.baseline,
        "jobs": args.jobs, "chunk_size": args.chunk_size, "max_image_bytes": args.max_image_bytes, "validation_split": args.validation_split, "seed": args.seed,
        "path_column": args.path_column, "label_column": args.label_column, "split_column": args.split_column,
        "group_column": args.group_column, "group_pattern": args.group_pattern,
        "allow_outside_root": args.allow_outside_root, "code": args.code, "trust_pickles": args.trust_pickles,
    }
    opts.update({k: v for k, v in simple.items() if v is not None})
    if args.no_cache:
        opts["cache"] = False
    elif args.cache_path:
        opts["cache"] = args.cache_path
    if args.split_alias:
        opts["split_aliases"] = dict(args.split_alias)
    for key, value in args.set or []:
        if "." not in key:
            raise ParameterError(f"--set takes AUDITOR.PARAM=VALUE (e.g. integrity.min_side=24); got {key!r}.")
        auditor, param = key.split(".", 1)
        opts.setdefault(auditor, {})[param] = _parse_value(value)
    if args.no_config:
        opts["config"] = False
    elif args.config:
        opts["config"] = args.config
    else:
        opts["config"] = True
    opts["progress"] = False if args.no_progress else None
    if args.storage_option:
        opts["storage_options"] = _storage_options(args.storage_option)
    if args.work_dir:
        opts["work_dir"] = args.work_dir
    return opts


def _storage_options(items: list[str]) -> dict[str, Any]:
    from dataaudit.storage import parse_storage_option

    options: dict[str, Any] = {}
    for item in items:
        keys, value = parse_storage_option(item)
        target = options
        for key in keys[:-1]:
            target = target.setdefault(key, {})
            if not isinstance(target, dict):
                raise ParameterError(f"--storage-option {'.'.join(keys)}: {key!r} was already given a value.")
        target[keys[-1]] = value
    return options


def _use_color(stream: Any) -> bool:
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def _cmd_check(args: argparse.Namespace) -> int:
    from dataaudit.api import audit
    from dataaudit.model.baseline import write_baseline
    from dataaudit.reporting.formats import render
    from dataaudit.reporting.side_files import write_report

    if args.path is None and not args.code:
        raise ParameterError("Give a dataset folder or manifest to check, or --code PATH to audit training code alone.")
    options = _check_options(args)
    if args.scheduler:
        from dataaudit.distributed import connect

        client = connect(args.scheduler)
        try:
            report = audit(args.path, client=client, **options)
        finally:
            cluster = client.cluster if args.scheduler.startswith("local") else None  # ours to stop
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        report = audit(args.path, **options)
    if args.write_baseline:
        report.boundary.check(args.write_baseline, "the baseline")
        n = write_baseline(args.write_baseline, [*report.findings, *report.baselined])
        print(f"dataaudit: wrote {n} finding fingerprint(s) to {args.write_baseline}")
        return EXIT_PASS
    if args.write_fixes:
        written = report.write_fixes(args.write_fixes, overwrite=args.overwrite)
        print(f"dataaudit: wrote {len(written)} fix file(s) to {args.write_fixes}", file=sys.stderr)
    if args.output:
        write_report(report, args.format, args.output)
        print(report.to_text(color=_use_color(sys.stdout), verbose=args.verbose))
    else:
        text = render(report, args.format, color=_use_color(sys.stdout)) if args.format != "text" else \
            report.to_text(color=_use_color(sys.stdout), verbose=args.verbose)
        print(text)
    return EXIT_PASS if report.passed() else EXIT_FAIL


def _cmd_rules(args: argparse.Namespace) -> int:
    from dataaudit.auditors import all_rules

    rules = all_rules()
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in rules], indent=2))
    else:
        for r in rules:
            print(f"{r.code}  {r.slug:32s} {str(r.severity):8s} {r.summary()}")
    return EXIT_PASS


def _cmd_explain(args: argparse.Namespace) -> int:
    from dataaudit.auditors import all_rules

    code = args.code.strip().upper()
    for r in all_rules():
        if r.code == code:
            print(f"{r.code} {r.slug} (default severity: {r.severity})\n")
            import inspect

            print(inspect.cleandoc(r.__doc__ or ""))
            return EXIT_PASS
    raise ParameterError(f"No rule has code {code!r}; run `dataaudit rules` to list them.")


def _cmd_demo(args: argparse.Namespace) -> int:
    from dataaudit.api import audit
    from dataaudit.demo.dataset import make_demo_dataset
    from dataaudit.reporting.formats import render
    from dataaudit.reporting.notebook import open_in_browser
    from dataaudit.reporting.side_files import write_report

    root = make_demo_dataset(args.dir)
    print(f"dataaudit demo: generated an example dataset with planted problems in {root}\n", file=sys.stderr)
    report = audit(root, cache=False, config=False)
    if args.output:
        write_report(report, args.format, args.output)
        print(report.to_text(color=_use_color(sys.stdout)))
        print(f"\ndataaudit demo: wrote the {args.format} report to {Path(args.output).resolve()}", file=sys.stderr)
        if args.format == "html" and sys.stdout.isatty() and open_in_browser(args.output):
            print("dataaudit demo: opened it in your browser", file=sys.stderr)
    else:
        print(render(report, args.format, color=_use_color(sys.stdout)))
    code = EXIT_PASS if report.passed() else EXIT_FAIL
    print(f"\n`dataaudit check {args.dir}` would exit {code} here: that is the CI gate.", file=sys.stderr)
    return EXIT_PASS


def _shown(message: object) -> str:
    """A message that may quote the data (a manifest cell, a file name): its lines with control characters
    and undecodable bytes made visible, so it cannot drive the terminal."""
    from dataaudit.model.safe_text import visible

    return "\n".join(visible(line) for line in str(message).split("\n"))


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    print(f"dataaudit: warning: {_shown(message)}", file=sys.stderr)


def _stdout_closed() -> int:
    """End quietly after the reader of stdout closed it, as the Python docs advise (signal module, "Note on
    SIGPIPE"): stdout goes to devnull so the flush at exit raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_PIPE_CLOSED


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the scan ends its worker processes and closes the cache."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    warnings.showwarning = _show_warning
    previous = _install_sigterm()
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a reader that went away shows up here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except DataAuditError as exc:
        print(f"dataaudit: error: {_shown(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("dataaudit: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("dataaudit: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except MemoryError:
        print(f"dataaudit: error: {_out_of_memory()}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: say so in one line unless --debug
        if args.debug:
            raise
        from dataaudit.safety import is_out_of_memory

        if is_out_of_memory(exc):
            print(f"dataaudit: error: {_out_of_memory()}", file=sys.stderr)
            return EXIT_ERROR
        print(f"dataaudit: internal error: {type(exc).__name__}: {_shown(exc)} (rerun with --debug for the traceback, "
              "and please report it)", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _out_of_memory() -> str:
    from dataaudit.safety import address_space_limit

    limit = address_space_limit()
    if limit is None:
        return "ran out of memory; audit a smaller part of the dataset, or free memory and retry."
    return (f"ran out of memory under the address-space limit of {limit >> 20} MB (ulimit -v); "
            "raise it (an audit needs about 1 GB of address space) or audit a smaller part of the dataset.")


def _install_sigterm() -> Any:
    """Turn SIGTERM into an exception for this command (the previous handler, or None from another thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
