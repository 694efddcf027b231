# errno: the constants MicroPython lists (the C library's numbers), and errorcode.
import errno

names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'ENOEXEC', 'EBADF', 'ECHILD',
         'EAGAIN', 'ENOMEM', 'EACCES', 'EFAULT', 'EBUSY', 'EEXIST', 'EXDEV', 'ENODEV', 'ENOTDIR',
         'EISDIR', 'EINVAL', 'ENFILE', 'EMFILE', 'ENOTTY', 'EFBIG', 'ENOSPC', 'ESPIPE', 'EROFS',
         'EMLINK', 'EPIPE', 'EDOM', 'ERANGE']
for name in names:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)] == name)
others = ['ENAMETOOLONG', 'ENOSYS', 'ENOTEMPTY', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED',
          'ECONNRESET', 'ENOBUFS', 'EISCONN', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED',
          'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for name in others:
    value = getattr(errno, name)
    print(name, type(value).__name__, value > 0, value in errno.errorcode)
codes = errno.errorcode
print(type(codes).__name__, codes[2], codes[17], 99999 in codes, len(codes) >= 40)
try:
    errno.EFOO
except AttributeError as e:
    print('AttributeError', e)
try:
    open('mod_errno_missing.tmp')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
