# Single inheritance: attribute lookup goes to the base class.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return self.name + " has " + str(self.legs) + " legs: " + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
class Bird(Animal):
    legs = 2
class Puppy(Dog):
    pass
for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Puppy("bit")]:
    print(a.describe())
print(isinstance(Puppy("p"), Animal), isinstance(Animal("a"), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Bird, object))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
