"""Product recommendations from a shop's own order history.

matrix (who bought what, returns netted out) -> item_knn (co-purchase similarity) + content
(name/category similarity for products with little history) -> top_n (a list per customer, each
item with its reason) and basket (bought-together rules); evaluate measures the lists on the
shop's last months against the best-seller list; sections turns it all into the `analyze` JSON.
"""
