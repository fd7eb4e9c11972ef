from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

X, y = load_svmlight_file("reviews.svmlight")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(SGDClassifier().fit(X_train, y_train).score(X_test, y_test))
