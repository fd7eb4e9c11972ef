import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

shrooms = pd.read_csv("mushrooms.csv")
edible = (shrooms.pop("class") == "e").astype(int)
encoder = OneHotEncoder(sparse_output=False)
encoded = encoder.fit_transform(shrooms)
print(encoded.shape, "one-hot columns")

X_train, X_test, y_train, y_test = train_test_split(encoded, edible, test_size=0.3, random_state=101)
tree = DecisionTreeClassifier(max_depth=5).fit(X_train, y_train)
print("accuracy", tree.score(X_test, y_test))
