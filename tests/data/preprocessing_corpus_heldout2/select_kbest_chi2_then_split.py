import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

phones = pd.read_csv("mobile_price_train.csv")
X, y = phones.drop(columns="price_range"), phones["price_range"]
best = SelectKBest(score_func=chi2, k=10)
X_new = best.fit_transform(X, y)
print(pd.Series(best.scores_, index=X.columns).nlargest(10))

X_train, X_test, y_train, y_test = train_test_split(X_new, y, test_size=0.2, random_state=0)
print(MultinomialNB().fit(X_train, y_train).score(X_test, y_test))
