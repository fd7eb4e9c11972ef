import utils as U
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

df = U.load_dataset()
train, test = train_test_split(df, test_size=0.3, stratify=df["label"])
nb = GaussianNB().fit(train.drop(columns="label"), train["label"])
print(nb.score(test.drop(columns="label"), test["label"]))
