from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from prepare import X, y

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=7)
clf = LogisticRegression().fit(X_train, y_train)
print("accuracy", clf.score(X_test, y_test))
