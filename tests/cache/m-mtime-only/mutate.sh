# only modification times change: mtime is not part of any cache key
touch -d '2001-02-03 04:05:06' data.txt Dockerfile
