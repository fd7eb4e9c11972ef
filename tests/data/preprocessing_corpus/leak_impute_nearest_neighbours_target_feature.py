import numpy as np
from sklearn.neighbors import NearestNeighbors
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

X = np.load("listing_coords.npy")
y = np.load("listing_prices.npy")
nn = NearestNeighbors(n_neighbors=11).fit(X)
_dist, neighbours = nn.kneighbors(X)
neighbour_price = y[neighbours[:, 1:]].mean(axis=1)
features = np.column_stack([X, neighbour_price])
X_tr, X_te, y_tr, y_te = train_test_split(features, y, test_size=0.2, random_state=0)
print(Ridge().fit(X_tr, y_tr).score(X_te, y_te))
