import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPClassifier

wine = pd.read_csv("winequality-white.csv", sep=";")
feats = [c for c in wine.columns if c != "quality"]
wine[feats] = MinMaxScaler().fit_transform(wine[feats])
train = wine.sample(frac=0.8, random_state=200)
test = wine.drop(train.index)
clf = MLPClassifier(hidden_layer_sizes=(32,), max_iter=800).fit(train[feats], train["quality"])
print(clf.score(test[feats], test["quality"]))
