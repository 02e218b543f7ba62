"""Drafting a template from a filled-in example of a form (``xlrecon template init``).

``infer.py`` reads where the example's header stands and what each column holds (types,
units, decimals, the key, the total rows, ratio columns) into a :class:`~xlrecon.drafts.infer.Draft`;
``names.py`` gives each column an ASCII identifier; ``yaml_text.py`` writes the draft as a
commented template file that loads as it is. Checking the example with the draft (to say
where the example disagrees with a drafted rule) is the API's: :func:`xlrecon.api.draft_template`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xlrecon.drafts.infer import Draft
    from xlrecon.findings import Finding


@dataclass
class Drafted:
    """What ``template init`` made: the draft, its file's text, the findings of checking the
    example with it, and those of them that are the example disagreeing with a drafted rule."""

    draft: Draft
    text: str
    findings: list[Finding] = field(default_factory=list)
    disagreements: list[Finding] = field(default_factory=list)
    review: int = 0  # how many lines of the text ask a person to check them
