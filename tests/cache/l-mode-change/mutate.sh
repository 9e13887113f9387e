# only the executable bit of tool.sh changes: the mode is part of the COPY's key
chmod 755 tool.sh
