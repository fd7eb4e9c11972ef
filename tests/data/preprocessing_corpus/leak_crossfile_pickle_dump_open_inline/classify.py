import pickle

from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

X, y = pickle.load(open("mnist_pca.pkl", "rb"))
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=10000, random_state=0)
print(KNeighborsClassifier(n_neighbors=3).fit(Xtr, ytr).score(Xte, yte))
