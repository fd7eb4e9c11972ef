import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import CategoricalNB

adult = pd.read_csv("adult_numeric.csv")
num = ["age", "hours_per_week", "education_num"]
kb = KBinsDiscretizer(n_bins=6, encode="ordinal", strategy="quantile")
adult[num] = kb.fit_transform(adult[num]).astype(int)

X_train, X_test, y_train, y_test = train_test_split(adult[num + ["sex"]], adult["income_gt_50k"], test_size=0.2, random_state=0)
nbc = CategoricalNB().fit(X_train, y_train)
print(nbc.score(X_test, y_test))
