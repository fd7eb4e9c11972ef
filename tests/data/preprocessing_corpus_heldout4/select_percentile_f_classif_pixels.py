from sklearn.datasets import fetch_openml
from sklearn.feature_selection import SelectPercentile, f_classif
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

kmnist = fetch_openml("Kuzushiji-MNIST", version=1, as_frame=False)
X, y = kmnist.data[:20000] / 255.0, kmnist.target[:20000]
X_sel = SelectPercentile(f_classif, percentile=15).fit_transform(X, y)

X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y, test_size=0.25, random_state=0)
print("GaussianNB on 15% of pixels:", GaussianNB().fit(X_tr, y_tr).score(X_te, y_te))
