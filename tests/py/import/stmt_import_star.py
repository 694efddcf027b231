# from module import *: honours __all__, otherwise skips names starting with '_'.
from _star_all import *
print(exported, also)
try:
    print(hidden)
except NameError as e:
    print("NameError", e)
from _star_plain import *
print(public, helper())
try:
    print(_private)
except NameError as e:
    print("NameError", e)
