import pandas as pd
from sklearn.feature_selection import mutual_info_classif
from sklearn.model_selection import KFold, cross_val_score
from sklearn.naive_bayes import GaussianNB

spam = pd.read_csv("spambase.csv")
label = spam.pop("is_spam")
mi = pd.Series(mutual_info_classif(spam, label, random_state=0), index=spam.columns)
chosen = mi.nlargest(20).index

scores = cross_val_score(GaussianNB(), spam[chosen], label, cv=KFold(10, shuffle=True, random_state=0))
print("NB on top-20 MI columns: %.4f" % scores.mean())
