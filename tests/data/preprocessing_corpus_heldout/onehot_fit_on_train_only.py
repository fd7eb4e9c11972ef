import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDClassifier

bank = pd.read_csv("bank-full.csv", sep=";")
cat_cols = ["job", "marital", "education", "contact", "month", "poutcome"]
num_cols = ["age", "balance", "duration", "campaign"]
train_df, test_df = train_test_split(bank, test_size=0.2, random_state=5, stratify=bank["y"])

ohe = OneHotEncoder(handle_unknown="ignore")
ohe.fit(train_df[cat_cols])

def design(part):
    dense = part[num_cols].to_numpy() / [100, 1e5, 5000, 60]
    return pd.concat([pd.DataFrame(dense), pd.DataFrame(ohe.transform(part[cat_cols]).toarray())], axis=1).to_numpy()

sgd = SGDClassifier(loss="log_loss", max_iter=50).fit(design(train_df), train_df["y"])
print(sgd.score(design(test_df), test_df["y"]))
