# A submodule that imports its sibling relatively.
from . import mod
from .mod import f as sibling_f
from .sub import deep

name = __name__


def use():
    return sibling_f("other") + " " + mod.where + " " + deep.LEVEL
