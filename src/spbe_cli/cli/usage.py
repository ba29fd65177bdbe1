"""click's usage errors (unknown option, missing argument, bad value) told in the run's
language: the usage line, where to find help, and one `galat:` / `error:` line."""

from __future__ import annotations

import re

from typer import _click

from spbe_cli.i18n import prefixed, t

_PATTERNS = (  # click's own sentences -> a message key and the parts it names
    (re.compile(r"Option '(?P<option>[^']+)' requires an argument\.?"), "usage.needs_value"),
    (
        re.compile(r"Option '(?P<option>[^']+)' requires (?P<count>\d+) arguments\.?"),
        "usage.needs_values",
    ),
    (re.compile(r"Option '(?P<option>[^']+)' does not take a value\.?"), "usage.takes_no_value"),
    (
        re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)"),
        "usage.extra_arguments",
    ),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid integer(?: range)?\.?"), "usage.not_integer"),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid float(?: range)?\.?"), "usage.not_number"),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid boolean\.?"), "usage.not_boolean"),
    (re.compile(r"'?(?P<value>.*?)'? is not one of (?P<choices>.*)\.?"), "usage.not_choice"),
)


def _said(message: str) -> str:
    """A sentence click wrote, translated when it is one of its usual ones."""
    for pattern, key in _PATTERNS:
        found = pattern.fullmatch(message.strip())
        if found:
            return t(key, **found.groupdict())
    return message


def _describe(error: _click.exceptions.UsageError) -> str:
    if isinstance(error, _click.exceptions.NoSuchOption):
        text = t("usage.no_option", option=error.option_name)
        if error.possibilities:
            text += t("usage.did_you_mean", options=", ".join(sorted(error.possibilities)))
        return text
    if isinstance(error, _click.exceptions.MissingParameter):
        param = error.param
        name = param.get_error_hint(error.ctx) if param is not None and error.ctx else "?"
        if error.param_type == "argument" or (
            param is not None and param.param_type_name == "argument"
        ):
            return t("usage.missing_argument", name=name)
        return t("usage.missing_option", name=name)
    if isinstance(error, _click.exceptions.BadParameter):
        hint = error.param_hint
        if hint is None and error.param is not None and error.ctx is not None:
            hint = error.param.get_error_hint(error.ctx)
        if isinstance(hint, list | tuple):
            hint = " / ".join(hint)
        return t("usage.bad_value", hint=hint or "?", message=_said(error.message))
    return _said(error.message)


def usage_message(error: _click.exceptions.UsageError) -> str:
    """What to print for a usage error: the usage line, a hint, and the problem."""
    ctx = error.ctx
    lines: list[str] = []
    if isinstance(error, _click.exceptions.NoArgsIsHelpError):
        return error.message + "\n"
    if ctx is not None:
        lines.append(ctx.get_usage())
        option = ctx.help_option_names[0] if ctx.help_option_names else "--help"
        lines.append(t("usage.try_help", command=f"{ctx.command_path} {option}"))
        lines.append("")
    lines.append(prefixed("error", _describe(error)))
    return "\n".join(lines) + "\n"
