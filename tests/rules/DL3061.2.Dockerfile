COPY a b
# expect: DL3061 @-1:1-5 this file has no FROM
