# An uncaught user exception: stderr's last line names the class and its str().
class ConfigError(Exception):
    pass
class MissingKey(ConfigError):
    def __init__(self, key):
        ConfigError.__init__(self, "missing key " + repr(key))
def get(config, key):
    if key not in config:
        raise MissingKey(key)
    return config[key]
print(get({"port": 80}, "port"))
get({"port": 80}, "host")
