import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPClassifier

wine = pd.read_csv("winequality-white.csv", sep=";")
feats = [c for c in wine.columns if c != "quality"]
train = wine.sample(frac=0.8, random_state=200)
test = wine.drop(train.index)
mm = MinMaxScaler().fit(train[feats])
clf = MLPClassifier(hidden_layer_sizes=(32,), max_iter=800).fit(mm.transform(train[feats]), train["quality"])
print(clf.score(mm.transform(test[feats]), test["quality"]))
