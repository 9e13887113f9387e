# a file disappears from a copied folder
rm conf/b.conf
