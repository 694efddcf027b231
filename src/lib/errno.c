// The errno module: the error numbers OSError carries (e.errno), as MicroPython's errno
// module lists them, and errorcode, the dict from number to name. The values are the C
// library's <errno.h> ones, the numbering the port's hooks report errors in (obj/port.h).
#include <errno.h>

#include "lib/modules.h"
#include "obj/dict.h"

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t errno_attrs[] = {
    MN_ATTR_VALUE(MN_QSTR_EIO, MN_SMALL_INT(EIO)),
    MN_ATTR_VALUE(MN_QSTR_EDOM, MN_SMALL_INT(EDOM)),
    MN_ATTR_VALUE(MN_QSTR_E2BIG, MN_SMALL_INT(E2BIG)),
    MN_ATTR_VALUE(MN_QSTR_EBADF, MN_SMALL_INT(EBADF)),
    MN_ATTR_VALUE(MN_QSTR_EBUSY, MN_SMALL_INT(EBUSY)),
    MN_ATTR_VALUE(MN_QSTR_EFBIG, MN_SMALL_INT(EFBIG)),
    MN_ATTR_VALUE(MN_QSTR_EINTR, MN_SMALL_INT(EINTR)),
    MN_ATTR_VALUE(MN_QSTR_ENXIO, MN_SMALL_INT(ENXIO)),
    MN_ATTR_VALUE(MN_QSTR_EPERM, MN_SMALL_INT(EPERM)),
    MN_ATTR_VALUE(MN_QSTR_EPIPE, MN_SMALL_INT(EPIPE)),
    MN_ATTR_VALUE(MN_QSTR_EROFS, MN_SMALL_INT(EROFS)),
    MN_ATTR_VALUE(MN_QSTR_ESRCH, MN_SMALL_INT(ESRCH)),
    MN_ATTR_VALUE(MN_QSTR_EXDEV, MN_SMALL_INT(EXDEV)),
    MN_ATTR_VALUE(MN_QSTR_EACCES, MN_SMALL_INT(EACCES)),
    MN_ATTR_VALUE(MN_QSTR_EAGAIN, MN_SMALL_INT(EAGAIN)),
    MN_ATTR_VALUE(MN_QSTR_ECHILD, MN_SMALL_INT(ECHILD)),
    MN_ATTR_VALUE(MN_QSTR_EEXIST, MN_SMALL_INT(EEXIST)),
    MN_ATTR_VALUE(MN_QSTR_EFAULT, MN_SMALL_INT(EFAULT)),
    MN_ATTR_VALUE(MN_QSTR_EINVAL, MN_SMALL_INT(EINVAL)),
    MN_ATTR_VALUE(MN_QSTR_EISDIR, MN_SMALL_INT(EISDIR)),
    MN_ATTR_VALUE(MN_QSTR_EMFILE, MN_SMALL_INT(EMFILE)),
    MN_ATTR_VALUE(MN_QSTR_EMLINK, MN_SMALL_INT(EMLINK)),
    MN_ATTR_VALUE(MN_QSTR_ENFILE, MN_SMALL_INT(ENFILE)),
    MN_ATTR_VALUE(MN_QSTR_ENODEV, MN_SMALL_INT(ENODEV)),
    MN_ATTR_VALUE(MN_QSTR_ENOENT, MN_SMALL_INT(ENOENT)),
    MN_ATTR_VALUE(MN_QSTR_ENOMEM, MN_SMALL_INT(ENOMEM)),
    MN_ATTR_VALUE(MN_QSTR_ENOSPC, MN_SMALL_INT(ENOSPC)),
    MN_ATTR_VALUE(MN_QSTR_ENOSYS, MN_SMALL_INT(ENOSYS)),
    MN_ATTR_VALUE(MN_QSTR_ENOTTY, MN_SMALL_INT(ENOTTY)),
    MN_ATTR_VALUE(MN_QSTR_ERANGE, MN_SMALL_INT(ERANGE)),
    MN_ATTR_VALUE(MN_QSTR_ESPIPE, MN_SMALL_INT(ESPIPE)),
    MN_ATTR_VALUE(MN_QSTR_EISCONN, MN_SMALL_INT(EISCONN)),
    MN_ATTR_VALUE(MN_QSTR_ENOBUFS, MN_SMALL_INT(ENOBUFS)),
    MN_ATTR_VALUE(MN_QSTR_ENOEXEC, MN_SMALL_INT(ENOEXEC)),
    MN_ATTR_VALUE(MN_QSTR_ENOTDIR, MN_SMALL_INT(ENOTDIR)),
    MN_ATTR_VALUE(MN_QSTR_EALREADY, MN_SMALL_INT(EALREADY)),
    MN_ATTR_VALUE(MN_QSTR_ENOTCONN, MN_SMALL_INT(ENOTCONN)),
    MN_ATTR_VALUE(MN_QSTR_ENOTEMPTY, MN_SMALL_INT(ENOTEMPTY)),
    MN_ATTR_VALUE(MN_QSTR_ETIMEDOUT, MN_SMALL_INT(ETIMEDOUT)),
    MN_ATTR_VALUE(MN_QSTR_EADDRINUSE, MN_SMALL_INT(EADDRINUSE)),
    MN_ATTR_VALUE(MN_QSTR_ECONNRESET, MN_SMALL_INT(ECONNRESET)),
    MN_ATTR_VALUE(MN_QSTR_EOPNOTSUPP, MN_SMALL_INT(EOPNOTSUPP)),
    MN_ATTR_VALUE(MN_QSTR_EINPROGRESS, MN_SMALL_INT(EINPROGRESS)),
    MN_ATTR_VALUE(MN_QSTR_ECONNABORTED, MN_SMALL_INT(ECONNABORTED)),
    MN_ATTR_VALUE(MN_QSTR_ECONNREFUSED, MN_SMALL_INT(ECONNREFUSED)),
    MN_ATTR_VALUE(MN_QSTR_EHOSTUNREACH, MN_SMALL_INT(EHOSTUNREACH)),
    MN_ATTR_VALUE(MN_QSTR_ENAMETOOLONG, MN_SMALL_INT(ENAMETOOLONG)),
};
MN_ATTR_TABLE(errno_attr_table, errno_attrs);

// errorcode's entries, in the order of their numbers.
static const struct {
    int number;
    uint16_t name; // qstr id
} codes[] = {
    {EPERM, MN_QSTR_EPERM},
    {ENOENT, MN_QSTR_ENOENT},
    {ESRCH, MN_QSTR_ESRCH},
    {EINTR, MN_QSTR_EINTR},
    {EIO, MN_QSTR_EIO},
    {ENXIO, MN_QSTR_ENXIO},
    {E2BIG, MN_QSTR_E2BIG},
    {ENOEXEC, MN_QSTR_ENOEXEC},
    {EBADF, MN_QSTR_EBADF},
    {ECHILD, MN_QSTR_ECHILD},
    {EAGAIN, MN_QSTR_EAGAIN},
    {ENOMEM, MN_QSTR_ENOMEM},
    {EACCES, MN_QSTR_EACCES},
    {EFAULT, MN_QSTR_EFAULT},
    {EBUSY, MN_QSTR_EBUSY},
    {EEXIST, MN_QSTR_EEXIST},
    {EXDEV, MN_QSTR_EXDEV},
    {ENODEV, MN_QSTR_ENODEV},
    {ENOTDIR, MN_QSTR_ENOTDIR},
    {EISDIR, MN_QSTR_EISDIR},
    {EINVAL, MN_QSTR_EINVAL},
    {ENFILE, MN_QSTR_ENFILE},
    {EMFILE, MN_QSTR_EMFILE},
    {ENOTTY, MN_QSTR_ENOTTY},
    {EFBIG, MN_QSTR_EFBIG},
    {ENOSPC, MN_QSTR_ENOSPC},
    {ESPIPE, MN_QSTR_ESPIPE},
    {EROFS, MN_QSTR_EROFS},
    {EMLINK, MN_QSTR_EMLINK},
    {EPIPE, MN_QSTR_EPIPE},
    {EDOM, MN_QSTR_EDOM},
    {ERANGE, MN_QSTR_ERANGE},
    {ENAMETOOLONG, MN_QSTR_ENAMETOOLONG},
    {ENOSYS, MN_QSTR_ENOSYS},
    {ENOTEMPTY, MN_QSTR_ENOTEMPTY},
    {EOPNOTSUPP, MN_QSTR_EOPNOTSUPP},
    {EADDRINUSE, MN_QSTR_EADDRINUSE},
    {ECONNABORTED, MN_QSTR_ECONNABORTED},
    {ECONNRESET, MN_QSTR_ECONNRESET},
    {ENOBUFS, MN_QSTR_ENOBUFS},
    {EISCONN, MN_QSTR_EISCONN},
    {ENOTCONN, MN_QSTR_ENOTCONN},
    {ETIMEDOUT, MN_QSTR_ETIMEDOUT},
    {ECONNREFUSED, MN_QSTR_ECONNREFUSED},
    {EHOSTUNREACH, MN_QSTR_EHOSTUNREACH},
    {EALREADY, MN_QSTR_EALREADY},
    {EINPROGRESS, MN_QSTR_EINPROGRESS},
};

// errno.errorcode: a new dict each time it is read (ROM cannot hold a dict), which the program
// may keep. may trigger a gc
static mn_value_t errno_attr(mn_runtime_t *runtime, mn_value_t name) {
    if (name != mn_qstr_value(MN_QSTR_errorcode)) {
        return MN_NULL;
    }
    size_t count = sizeof codes / sizeof codes[0];
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = mn_dict_new(runtime, count);
    mn_value_t result = *dict;
    for (size_t i = 0; i < count && result != MN_EXCEPTION; i++) {
        mn_value_t key = mn_small_int(codes[i].number);
        mn_value_t value = mn_qstr_value(codes[i].name);
        if (!mn_dict_set(runtime, dict, &key, &value)) {
            result = MN_EXCEPTION;
        }
    }
    if (result != MN_EXCEPTION) {
        result = *dict;
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

const mn_rom_module_t mn_module_errno = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_errno),
    .attrs = &errno_attr_table,
    .attr = errno_attr,
};
