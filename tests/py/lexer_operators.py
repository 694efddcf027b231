# Operator tokens written without spaces, and longest-match tokenizing.
a=7;b=3
print(a+b,a-b,a*b,a/b,a//b,a%b,a**b)
print(a<<b,a>>1,a&b,a|b,a^b,~a)
print(a<b,a>b,a<=b,a>=b,a==b,a!=b)
print(a**-1,-a**2,(-a)**2)
print(2**3**2)
c=a;c**=2;print(c)
c//=3;print(c)
c<<=2;print(c)
c>>=1;print(c)
print(1-+-1, 1--1)
print([1,2][1],{1:2}[1])
print(a.__add__(b))
