import pandas as pd
from gensim.corpora import Dictionary
from gensim.matutils import corpus2csc
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

abstracts = pd.read_csv("arxiv_abstracts_sample.csv")
tokens = abstracts["abstract"].str.lower().str.split().tolist()
vocab = Dictionary(tokens)
vocab.filter_extremes(no_below=5, no_above=0.5)
X = corpus2csc([vocab.doc2bow(t) for t in tokens], num_terms=len(vocab)).T

Xa, Xb, ya, yb = train_test_split(X, abstracts["primary_category"], test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=2000).fit(Xa, ya).score(Xb, yb))
