import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

mushrooms = pd.read_csv("mushrooms.csv")
X = mushrooms.drop(columns=["class"])
y = mushrooms["class"]
X = X.apply(LabelEncoder().fit_transform)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
tree = DecisionTreeClassifier(max_depth=5).fit(X_train, y_train)
print(tree.score(X_test, y_test))
