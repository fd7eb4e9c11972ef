from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

from prepare import X, y

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=7)
scaler = MinMaxScaler().fit(X_train)
clf = LogisticRegression().fit(scaler.transform(X_train), y_train)
print("accuracy", clf.score(scaler.transform(X_test), y_test))
