import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import GridSearchCV, train_test_split

phones = pd.read_csv("mobile_price_train.csv")
X_train, X_test, y_train, y_test = train_test_split(phones.drop(columns="price_range"), phones["price_range"], test_size=0.2, random_state=0)
pipe = Pipeline([("kbest", SelectKBest(chi2)), ("nb", MultinomialNB())])
search = GridSearchCV(pipe, {"kbest__k": [5, 10, 15, "all"]}, cv=5).fit(X_train, y_train)
print(search.best_params_)
print("test accuracy", search.score(X_test, y_test))
