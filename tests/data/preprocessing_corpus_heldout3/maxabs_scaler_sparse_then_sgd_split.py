import scipy.sparse as sp
from sklearn.preprocessing import MaxAbsScaler
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

X = sp.load_npz("url_features.npz")
y = sp.load_npz("url_labels.npz").toarray().ravel()
X = MaxAbsScaler().fit_transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(SGDClassifier(loss="hinge").fit(X_tr, y_tr).score(X_te, y_te))
