import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.model_selection import train_test_split
from sklearn.multiclass import OneVsRestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import MultiLabelBinarizer

movies = pd.read_csv("movies_metadata.csv")
X = HashingVectorizer(n_features=2**18).transform(movies["overview"].fillna(""))
Y = MultiLabelBinarizer().fit_transform(movies["genres"].str.split("|"))
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.2, random_state=0)
clf = OneVsRestClassifier(LogisticRegression(max_iter=1000)).fit(X_train, Y_train)
print(clf.score(X_test, Y_test))
