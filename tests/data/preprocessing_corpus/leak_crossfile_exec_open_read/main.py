from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

exec(open("features.py").read())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=11)
forest = RandomForestClassifier(n_estimators=400, random_state=11).fit(X_train, y_train)
print(forest.score(X_test, y_test))
