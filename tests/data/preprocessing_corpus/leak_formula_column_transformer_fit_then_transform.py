import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, KBinsDiscretizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

bank = pd.read_csv("bank.csv")
preprocessor = make_column_transformer((StandardScaler(), ["balance", "duration"]),
                                       (KBinsDiscretizer(n_bins=5), ["age"]))
preprocessor.fit(bank)
X = preprocessor.transform(bank)
X_train, X_test, y_train, y_test = train_test_split(X, bank["subscribed"], random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
