"""`NamedTuple` class syntax at collections.namedtuple's price, for the modules every lint loads.

typing.NamedTuple checks each field's annotation; with `from __future__ import annotations` every one is
a string, which it compiles into a ForwardRef: about 1.5 million instructions a class, 40 million (a tenth
of a one-file lint) over the lint path's ~30 small records. This builds the same class (fields, defaults,
methods, properties, docstring; `_fields`, `_replace`, `_asdict`, pickling) without checking annotations,
which no code here reads; type checkers see typing's NamedTuple.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from collections import namedtuple

    _RESERVED = frozenset({"__module__", "__qualname__", "__annotations__", "__doc__", "__dict__", "__weakref__"})

    class _Maker(type):
        def __new__(mcs, name, bases, namespace):
            if not bases:  # the `NamedTuple` base below
                return super().__new__(mcs, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            if [field for field in fields if field in namespace] != fields[len(fields) - len(defaults):]:
                raise TypeError(f"{name}: a field without a default follows one with a default")
            made = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            made.__annotations__ = dict(namespace.get("__annotations__", {}))
            made.__qualname__ = namespace.get("__qualname__", name)
            if namespace.get("__doc__"):
                made.__doc__ = namespace["__doc__"]
            for key, value in namespace.items():
                if key not in _RESERVED and key not in fields:
                    setattr(made, key, value)
            return made

    class NamedTuple(metaclass=_Maker):
        """Subclass it as typing.NamedTuple: annotated fields, defaults, methods."""
