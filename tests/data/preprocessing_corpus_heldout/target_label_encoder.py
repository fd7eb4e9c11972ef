# Iris with a small MLP.
# Species names are turned into integers for the classifier and back for printing.
import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

iris = pd.read_csv("iris.csv")
species = LabelEncoder()
y = species.fit_transform(iris["species"])
X = iris.drop(columns="species").values / 10.0

Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
mlp = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=0).fit(Xtr, ytr)
print(species.inverse_transform(mlp.predict(Xte[:5])), mlp.score(Xte, yte))
