# Blank lines and whitespace-only lines inside and between blocks.


def f():

    x = 1
    
    y = 2
        
    return x + y


print(f())
if True:

    print("after blank")
  
    print("after whitespace-only line")
for i in range(2):


    print(i)
print("end")
