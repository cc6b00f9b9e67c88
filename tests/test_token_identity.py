"""spaCy makes a new Token object on each access (``tok.head``, ``doc[i]``, ``.children``), so
``a is b`` between two tokens is False even for the same token, and ``head is not tok`` is
always True: tokens are compared by position (``a.i == b.i``). This check reads the source
for identity comparisons whose operands are named as tokens are in this code base."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"
TOKEN_NAMES = {"tok", "token", "t", "w", "word", "head", "h", "v", "verb", "trigger", "subj", "obj", "first", "cur",
               "agent", "source_tok", "claimer_tok", "accused_tok", "root", "cue", "child", "c0", "g"}
TOKEN_ATTRS = {"head", "root", "left_edge", "right_edge", "cue", "trigger", "subject"}


def _tokenish(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in TOKEN_NAMES
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_ATTRS
    if isinstance(node, ast.Subscript):  # objs[0], doc[i]
        return isinstance(node.value, ast.Name) and node.value.id in ("objs", "subjs", "doc", "toks", "tokens")
    if isinstance(node, ast.Call):  # a helper that returns a token: self._attack_word(x)
        return True
    return False


def _identity_comparisons(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(left, ast.Constant) and not isinstance(right, ast.Constant):
                if _tokenish(left) and _tokenish(right):
                    found.append((node.lineno, ast.unparse(node)))
            left = right
    return found


def test_no_token_is_compared_by_identity():
    bad = [(str(p.relative_to(SRC)), line, code) for p in sorted((SRC / "extract").rglob("*.py"))
           for line, code in _identity_comparisons(ast.parse(p.read_text(encoding="utf-8")))]
    assert bad == []


def test_the_check_sees_the_forms_that_were_fixed():
    code = ("a = head is not tok\nb = verb is tok\nc = self._attack_word(objs[0]) is objs[0]\n"
            "d = claimer_tok is accused_tok\ne = x is None\nf = spec is vo\n")
    assert [line for line, _ in _identity_comparisons(ast.parse(code))] == [1, 2, 3, 4]


def test_a_token_is_a_new_object_on_each_access(nlp):
    doc = nlp("Troops shelled the town.")
    assert doc[1].head is not doc[1] and doc[1].head.i == doc[1].i  # the root is its own head
    assert doc[0].head is not doc[1] and doc[0].head == doc[1]
