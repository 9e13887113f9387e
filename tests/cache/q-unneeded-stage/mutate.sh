# change an input of a stage the final stage does not need
printf 't1 changed\n' > tests/t1.txt
